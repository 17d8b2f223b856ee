// Scans a corpus: one item a line, fingerprints kept across lines as the extension keeps them
// across messages.
import { detect } from '../detect/index';
import { textFingerprint } from '../detect/fingerprint';
import { TemplateMemory } from '../detect/template-memory';
import type { Sensitivity } from '../detect/types';
import { parseCorpusLine } from './corpus-line';
import type { ScannedItem } from './scanned-item';

export interface ScanProblem {
  line: number;
  message: string;
}

export function scanJsonl(content: string, sensitivity: Sensitivity, onProblem: (problem: ScanProblem) => void): ScannedItem[] {
  const memory = new TemplateMemory();
  const scanned: ScannedItem[] = [];
  const lines = content.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    let parsed;
    try {
      parsed = parseCorpusLine(raw, `line-${line}`);
    } catch (error) {
      onProblem({ line, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const { item, sender, label } = parsed;
    if (item.kind === 'message' || item.kind === 'invite') {
      // No sender means we cannot tell two lines came from the same person: each is its own.
      const from = sender ?? `unknown-sender-line-${line}`;
      const fingerprint = textFingerprint(item.text);
      item.sameTextSenders = memory.otherSenders(fingerprint, from);
      memory.record(fingerprint, from);
    }
    scanned.push({ item, verdicts: detect(item, { sensitivity }), ...(label !== undefined && { label }) });
  }
  return scanned;
}
