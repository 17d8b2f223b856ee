import { describe, expect, test } from 'vitest';
import { exportBlob, exportFileName, recordCount } from '../../src/options/export-file';
import type { ExportedData } from '../../src/shared/store-types';

const data = (rows: Partial<ExportedData> = {}): ExportedData => ({
  format: 'not-so-social-export',
  schemaVersion: 2,
  exportedAt: Date.UTC(2026, 0, 5, 23, 30),
  events: [],
  rollups: [],
  corrections: [],
  callEvents: [],
  conversations: [],
  fingerprints: [],
  selectorHealth: [],
  ...rows,
});

describe('export file', () => {
  test('is named after the export day', () => {
    expect(exportFileName(Date.UTC(2026, 0, 5, 23, 30))).toBe('not-so-social-export-2026-01-05.json');
  });

  test('is the exported data as JSON, read back unchanged', async () => {
    const exported = data({ callEvents: [{ kind: 'proposed', threadId: 'f'.repeat(32), at: 5, dayKey: '2026-01-05' }] });
    const blob = exportBlob(exported);
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual(exported);
  });

  test('counts the rows of every table, so "empty" means empty', () => {
    expect(recordCount(data())).toBe(0);
    expect(
      recordCount(
        data({
          selectorHealth: [{ surface: 'feed', ok: true, at: 1, since: 1 }],
          fingerprints: [{ fp: '0'.repeat(16), sender: 's', at: 1, bands: [] }],
          corrections: [{ id: 'i', pattern: 'templated', at: 1, dayKey: '2026-01-05' }],
        }),
      ),
    ).toBe(3);
  });
});
