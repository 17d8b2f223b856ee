// Scans a saved LinkedIn page with the same adapter the content script uses.
import { Window } from 'happy-dom';
import { detect } from '../detect/index';
import { textFingerprint } from '../detect/fingerprint';
import { senderOf } from '../detect/sender-of';
import { TemplateMemory } from '../detect/template-memory';
import type { Sensitivity } from '../detect/types';
import { findItems } from '../sites/linkedin/find-items';
import type { ScannedItem } from './scanned-item';

export function scanHtml(html: string, sensitivity: Sensitivity): ScannedItem[] {
  const window = new Window();
  try {
    const { document } = window;
    document.body.innerHTML = html;
    const memory = new TemplateMemory();
    return findItems(document.body as unknown as ParentNode).map(({ item }) => {
      // As in the extension: only received texts whose sender the page shows are fingerprinted.
      const from = senderOf(item);
      if (from !== undefined) {
        const fingerprint = textFingerprint(item.text);
        item.sameTextSenders = memory.otherSenders(fingerprint, from, item.threadId);
        memory.record(fingerprint, from, item.threadId);
      }
      return { item, verdicts: detect(item, { sensitivity }) };
    });
  } finally {
    void window.happyDOM.close();
  }
}
