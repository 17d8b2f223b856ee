// Runs the real script in a scratch folder: which split each gathered file lands in, and that a
// split which no longer exists leaves no stale file behind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHeldOut } from '../../src/cli/corpus-split';

const SCRIPT = resolve(import.meta.dirname, '../../src/cli/build-corpus.ts');
const TSX = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

interface Line {
  text: string;
  label?: string;
  source: string;
}

function jsonl(lines: readonly object[]): string {
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}

function read(dir: string, name: string): Line[] {
  return readFileSync(join(dir, 'data/corpus/split', name), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line);
}

const genuineTexts = Array.from({ length: 40 }, (_, index) => `ok, see you at ${index}`);
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-corpus-'));
  const shared = join(dir, 'shared');
  mkdirSync(shared);
  mkdirSync(join(dir, 'data/corpus/split'), { recursive: true });
  writeFileSync(join(shared, 'genuine-dev.jsonl'), jsonl([{ kind: 'message', text: 'shared line', label: 'none', source: 'a/b:c' }]));
  const gathered = join(dir, 'data/corpus');
  writeFileSync(join(gathered, 'genuine-sms-gathered-hashsplit.jsonl'), jsonl(genuineTexts.map((text) => ({ kind: 'message', text, label: 'none', source: 'x/y:z' }))));
  writeFileSync(join(gathered, 'templates-gathered-fresh3.jsonl'), jsonl([{ kind: 'invite', text: 'Hi {{first_name}}, would love to connect.', label: 'templated', source: 'x/y:fresh' }]));
  writeFileSync(join(gathered, 'templates-gathered-dev3.jsonl'), jsonl([{ kind: 'message', text: 'Hi [Name], quick question about [Company].', label: 'templated', source: 'x/y:dev' }]));
  writeFileSync(join(gathered, 'templates-gathered-was-fresh2-dev.jsonl'), jsonl([{ kind: 'message', text: 'Bonjour [Prénom], on échange ?', label: 'templated', source: 'x/y:old' }]));
  writeFileSync(join(gathered, 'comments-gathered-dev9.jsonl'), jsonl([{ kind: 'comment', text: 'Great insights!', label: 'pod-comment', source: 'x/y:comments' }]));
  writeFileSync(join(gathered, 'comments-gathered-fresh9.jsonl'), jsonl([{ kind: 'comment', text: 'Ana Ruiz Ben Ode Cy Lum', label: 'tag-hijack', mentions: 3, source: 'x/y:fresh-comments' }]));
  writeFileSync(join(gathered, 'split/fresh-genuine.jsonl'), 'stale\n');
  execFileSync(TSX, [SCRIPT], { cwd: dir, env: { ...process.env, SHARED_CORPUS: shared }, stdio: 'pipe' });
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('build-corpus', () => {
  it('removes split files that the current rules no longer write', () => {
    expect(existsSync(join(dir, 'data/corpus/split/fresh-genuine.jsonl'))).toBe(false);
  });

  it('splits a *-hashsplit file line by line by the text hash', () => {
    const dev = read(dir, 'dev-genuine.jsonl').map((line) => line.text);
    const heldout = read(dir, 'heldout-genuine.jsonl').map((line) => line.text);
    expect(heldout.filter((text) => genuineTexts.includes(text))).toEqual(genuineTexts.filter(isHeldOut));
    expect(dev.filter((text) => genuineTexts.includes(text))).toEqual(genuineTexts.filter((text) => !isHeldOut(text)));
  });

  it('puts *-fresh3 lines, and their filled variants, in the fresh3 split only', () => {
    expect(read(dir, 'fresh3-templated-raw.jsonl').map((line) => line.source)).toEqual(['x/y:fresh']);
    expect(read(dir, 'fresh3-templated-filled.jsonl')).toHaveLength(2);
    expect(readdirSync(join(dir, 'data/corpus/split')).filter((name) => name.startsWith('fresh3-'))).toHaveLength(2);
  });

  it('gives comments their own group, out of the genuine messages, and keeps their mention counts', () => {
    expect(read(dir, 'dev-comments.jsonl').map((line) => line.source)).toEqual(['x/y:comments']);
    expect(read(dir, 'fresh9-comments.jsonl')).toEqual([expect.objectContaining({ label: 'tag-hijack', mentions: 3 })]);
    expect(read(dir, 'dev-genuine.jsonl').some((line) => line.source.startsWith('x/y:comments'))).toBe(false);
  });

  it('puts *-dev3 and *-was-fresh2-dev templates in dev', () => {
    expect(read(dir, 'dev-templated-raw.jsonl').map((line) => line.source).sort()).toEqual(['x/y:dev', 'x/y:old']);
  });
});
