// The one-click outcome: the draft in the composer when there is one, otherwise on the clipboard so the
// user can paste it wherever they are writing.
import { insertDraft } from './insert-draft';

export type PlaceResult = 'inserted' | 'copied' | 'failed';

async function copyToClipboard(text: string): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    // Refused without a recent click, or by the page's permissions policy.
    return false;
  }
}

export async function placeDraft(composer: HTMLElement | null, draft: string): Promise<PlaceResult> {
  if (composer?.isConnected && insertDraft(composer, draft)) return 'inserted';
  return (await copyToClipboard(draft)) ? 'copied' : 'failed';
}
