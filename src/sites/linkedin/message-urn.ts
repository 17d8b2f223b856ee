// A message urn is urn:li:msg_message:(urn:li:fsd_profile:<MAILBOX>,2-<base64>) where the base64 reads
// "<sent epoch ms>b<n>-100&<conversation id>_100". It names the mailbox owner (the user), the
// conversation and the send time without any localised UI text, so the adapter reads them from there.
const MESSAGE_URN = /^urn:li:msg_message:\(urn:li:fsd_profile:([^,]+),2-([A-Za-z0-9+/=_-]+)\)$/;
const DECODED = /^(\d+)b[^&]*&(.+)$/;

export interface MessageUrnParts {
  /** Profile id of the mailbox owner: the signed-in user. */
  mailbox: string;
  /** Id shared by every message of the conversation. */
  conversation?: string;
  sentAt?: number;
}

export function parseMessageUrn(urn: string): MessageUrnParts | undefined {
  const match = MESSAGE_URN.exec(urn);
  if (!match?.[1] || !match[2]) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[2].replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return { mailbox: match[1] };
  }
  const parts = DECODED.exec(decoded);
  if (!parts?.[1] || !parts[2]) return { mailbox: match[1] };
  return { mailbox: match[1], conversation: parts[2], sentAt: Number(parts[1]) };
}
