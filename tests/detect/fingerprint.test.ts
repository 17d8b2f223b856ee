import { describe, expect, it } from 'vitest';
import { MIN_FINGERPRINT_WORDS, fingerprintDistance, isNearDuplicate, textFingerprint } from '../../src/detect/fingerprint';
import { TemplateMemory } from '../../src/detect/template-memory';

const template = 'Hi Maria, I noticed Acme is expanding its data team this quarter. We help companies like yours hire senior engineers in half the time. Would you be open to a quick 15-minute call next week?';
const sameForTom = 'Hi Tom, I noticed Globex is expanding its data team this quarter. We help companies like yours hire senior engineers in half the time. Would you be open to a quick 20-minute call next week?';
const unrelated = 'Can you send me the signed lease before Friday? The landlord wants it by noon and I am out of the office on Thursday afternoon.';

describe('textFingerprint', () => {
  it('is 16 hex characters and stable', () => {
    expect(textFingerprint(template)).toMatch(/^[0-9a-f]{16}$/);
    expect(textFingerprint(template)).toBe(textFingerprint(template));
  });

  it('masks names, companies and numbers, so a filled template matches another filling', () => {
    expect(isNearDuplicate(template, sameForTom)).toBe(true);
    expect(textFingerprint(template)).toBe(textFingerprint(sameForTom));
  });

  it('matches the raw template with its placeholders', () => {
    const raw = 'Hi {{first_name}}, I noticed {{company}} is expanding its data team this quarter. We help companies like yours hire senior engineers in half the time. Would you be open to a quick 15-minute call next week?';
    expect(isNearDuplicate(raw, template)).toBe(true);
  });

  it('tells different texts apart', () => {
    expect(isNearDuplicate(template, unrelated)).toBe(false);
    expect(fingerprintDistance(textFingerprint(template), textFingerprint(unrelated))).toBeGreaterThan(10);
  });

  it.each([
    'ok',
    'thanks!',
    'K, text me when you leave',
    'Sorry, I will call later',
    'Happy birthday! Hope you have a great day!',
    'Thanks for connecting! Looking forward to staying in touch.',
  ])('gives no fingerprint to a short message: %s', (text) => {
    expect(text.split(' ').length).toBeLessThan(MIN_FINGERPRINT_WORDS);
    expect(textFingerprint(text)).toBe('');
    expect(isNearDuplicate(text, text)).toBe(false);
  });
});

describe('TemplateMemory', () => {
  it('counts distinct other senders of near-identical text', () => {
    const memory = new TemplateMemory();
    memory.record(textFingerprint(template), 'alex');
    memory.record(textFingerprint(sameForTom), 'nina');
    memory.record(textFingerprint(sameForTom), 'nina');
    memory.record(textFingerprint(unrelated), 'sam');
    expect(memory.otherSenders(textFingerprint(template), 'alex')).toBe(1);
    expect(memory.otherSenders(textFingerprint(template), 'omar')).toBe(2);
    expect(memory.otherSenders(textFingerprint(unrelated), 'sam')).toBe(0);
  });

  it('leaves out senders seen only in the same known conversation', () => {
    const memory = new TemplateMemory();
    memory.record(textFingerprint(template), 'alex', 'group');
    memory.record(textFingerprint(sameForTom), 'nina', 'group');
    memory.record(textFingerprint(sameForTom), 'sam', 'sam-and-me');
    expect(memory.otherSenders(textFingerprint(template), 'omar', 'group')).toBe(1);
    expect(memory.otherSenders(textFingerprint(template), 'omar', 'omar-and-me')).toBe(3);
    expect(memory.otherSenders(textFingerprint(template), 'omar')).toBe(3);
  });

  it('never counts short messages, however many people send them', () => {
    const memory = new TemplateMemory();
    for (const sender of ['a', 'b', 'c', 'd']) memory.record(textFingerprint('ok thanks!'), sender);
    expect(memory.otherSenders(textFingerprint('ok thanks!'), 'e')).toBe(0);
  });
});
