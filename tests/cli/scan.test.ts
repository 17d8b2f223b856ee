import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const lines = [
  { id: 'tpl', text: 'Hi {{first_name}}, I came across your profile and would love to connect.', kind: 'message', label: 'templated' },
  { id: 'ok', text: 'ok', kind: 'message', label: 'none' },
  { id: 'call', text: "Hi Maria, would you be open to a call next week? I'd like to go through the Q3 numbers.", kind: 'message', label: 'none' },
  { id: 'tags', text: 'Ana Ruiz Ben Okafor Chen Li Dara Singh', kind: 'comment', mentions: 4, label: 'tag-hijack' },
  { id: 'reply', text: 'Ana Ruiz good point about the tax side', kind: 'comment', mentions: 1, label: 'tag-hijack' },
  { id: 'plain', text: 'Thanks, see you Monday.', kind: 'message' },
];

function corpus(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'scan-')), 'corpus.jsonl');
  writeFileSync(path, content);
  return path;
}

function scan(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  const out = result.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, out, stderr: result.stderr };
}

describe('npm run scan', () => {
  const good = lines.map((line) => JSON.stringify(line)).join('\n');

  it('prints one JSON line per item with its low and high verdicts', () => {
    const { status, out } = scan(corpus(good));
    expect(status).toBe(0);
    expect(out.map((line) => line.id)).toEqual(['tpl', 'ok', 'call', 'tags', 'reply', 'plain']);
    expect(out[0]).toMatchObject({ id: 'tpl', kind: 'message', verdicts: [{ pattern: 'templated', level: 'high' }] });
    const tags = out[3] as { verdicts: { pattern: string; level: string; reasons: { code: string; text: string }[] }[] };
    expect(tags.verdicts[0]).toMatchObject({ pattern: 'tag-hijack', level: 'high' });
    expect(tags.verdicts[0]?.reasons).toContainEqual({ code: 'mentions-many', text: 'Tags 4 people' });
    expect(out[4]).toEqual({ id: 'reply', kind: 'comment', verdicts: [] });
  });

  it('with --eval prints confusion counts per labelled pattern, leaving unlabelled items out', () => {
    const { status, out } = scan(corpus(good), '--eval');
    expect(status).toBe(0);
    expect(out).toEqual([
      { pattern: 'templated', tp: 1, fp: 0, fn: 0, tn: 4, precision: 1, recall: 1, fpr: 0 },
      { pattern: 'tag-hijack', tp: 1, fp: 0, fn: 1, tn: 3, precision: 1, recall: 0.5, fpr: 0 },
    ]);
  });

  it('reports a malformed line on stderr with its number and goes on', () => {
    const bad = [JSON.stringify(lines[0]), '{"text": "no kind"}', 'not json at all', JSON.stringify(lines[3])].join('\n');
    const path = corpus(bad);
    const { status, out, stderr } = scan(path);
    expect(status).toBe(0);
    expect(out.map((line) => line.id)).toEqual(['tpl', 'tags']);
    expect(stderr).toContain(`${path}:2: "kind" must be one of`);
    expect(stderr).toContain(`${path}:3: not valid JSON`);
  });

  it('keeps fingerprints across lines: the same template from three senders', () => {
    const text = (name: string) => `Hey ${name}, noticed you are hiring SDRs this quarter. What is your plan for ramping them up?`;
    const repeated = ['Priya', 'Tom', 'Omar'].map((name, index) => JSON.stringify({ id: name, text: text(name), kind: 'message', sender: `sender-${index}` })).join('\n');
    const { out } = scan(corpus(repeated));
    const reasons = (out[2] as { verdicts: { reasons: { code: string }[] }[] }).verdicts[0]?.reasons.map((reason) => reason.code);
    expect(reasons).toContain('same-text-senders');
    expect((out[0] as { verdicts: unknown[] }).verdicts).toEqual([]);
  });

  it('rejects a bad sensitivity with usage', () => {
    const { status, stderr } = scan(corpus(good), '--sensitivity', 'paranoid');
    expect(status).toBe(2);
    expect(stderr).toContain('--sensitivity must be one of relaxed, balanced, strict');
  });
});
