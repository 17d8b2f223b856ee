import { describe, expect, it } from 'vitest';
import { firstName, plainName } from '../../src/call/first-name';

describe('firstName', () => {
  it.each([
    ['Ana Ruiz', 'Ana'],
    ['Dr. Ana Ruiz', 'Ana'],
    ['Prof. Dr. Hans Müller', 'Hans'],
    ['Ana R.', 'Ana'],
    ['Madonna', 'Madonna'],
    ['Ana Ruiz 🚀', 'Ana'],
    ['🚀 Ana Ruiz', 'Ana'],
    ['Ana-María López 👩🏽‍💻', 'Ana-María'],
    ['Ana 🇪🇸 Ruiz', 'Ana'],
    ['Ana Ruiz ✔️', 'Ana'],
    ['Ana Ruiz, PhD', 'Ana'],
    ['Ana Ruiz | Growth Marketing', 'Ana'],
    ['Ana Ruiz - Hiring!', 'Ana'],
    ['Ana Ruiz (she/her)', 'Ana'],
    ['ANA RUIZ', 'Ana'],
    ['JEAN-LUC PICARD', 'Jean-Luc'],
    ["D'Arcy Smith", "D'Arcy"],
    ['Seán Ó Briain', 'Seán'],
    ['𝐀𝐧𝐚 𝐑𝐮𝐢𝐳', 'Ana'],
    ['J. Robert Oppenheimer', 'Robert'],
    ['山田太郎', '山田太郎'],
    ['李 小龙', '李 小龙'],
    ['A. Ruiz', ''],
    ['Dr.', ''],
    ['🚀🚀', ''],
    ['', ''],
  ])('%j → %j', (displayName, expected) => {
    expect(firstName(displayName)).toBe(expected);
  });
});

describe('plainName', () => {
  it.each([
    ['Dr. Ana Ruiz 🚀 | Growth', 'Dr. Ana Ruiz'],
    ['Ana   Ruiz, PhD', 'Ana Ruiz'],
    ['𝐀𝐧𝐚 𝐑𝐮𝐢𝐳 (she/her)', 'Ana Ruiz'],
    ['🚀', ''],
  ])('%j → %j', (displayName, expected) => {
    expect(plainName(displayName)).toBe(expected);
  });
});
