// Item and thread ids leave the page only as hashes: the store can deduplicate and correct by id
// without keeping anything that points back to a LinkedIn urn or conversation.
const PREFIX = 'not-so-social:v1:';

export async function hashId(id: string): Promise<string> {
  const bytes = new TextEncoder().encode(PREFIX + id);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  // Copy the bytes before cutting: in a Firefox content script the digest's buffer belongs to the page,
  // and calling subarray() on it throws a permission error.
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'))
    .slice(0, 16)
    .join('');
}
