// "Export my data": the whole store as one JSON file, downloaded through a[download] so that no
// downloads permission is needed.
import type { ExportedData } from '../shared/store-types';

export function exportFileName(exportedAt: number): string {
  return `not-so-social-export-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

export function exportBlob(data: ExportedData): Blob {
  return new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
}

/** Every row the store holds, across all its tables. */
export function recordCount(data: ExportedData): number {
  return (
    data.events.length +
    data.rollups.length +
    data.corrections.length +
    data.callEvents.length +
    data.conversations.length +
    data.fingerprints.length +
    data.selectorHealth.length
  );
}

export function downloadExport(data: ExportedData, doc: Document = document): string {
  const name = exportFileName(data.exportedAt);
  const url = URL.createObjectURL(exportBlob(data));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; revoking later frees it without racing the start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
