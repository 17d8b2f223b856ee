// The hashtags a text carries, as the detectors need them (mentions are read with the text, in read-text.ts).

// A "#" starts a hashtag only at a word boundary, so "C#" and "&#39;" do not count.
const HASHTAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu;

/** Hashtags in the text without the "#", first spelling kept, each once. */
export function hashtagsIn(text: string): string[] {
  // Most texts hold no "#" at all; the Unicode-class search is not run over them.
  if (!text.includes('#')) return [];
  const seen = new Map<string, string>();
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1];
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}
