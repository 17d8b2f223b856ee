import { describe, expect, test } from 'vitest';
import { isTrustedSender } from '../../src/background/trusted-sender';
import type { Message } from '../../src/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const fromContent: Message = { type: 'content/page-state' };
const fromPage: Message = { type: 'page/weekly-summary' };

describe('isTrustedSender', () => {
  test.each([
    ['our content script on LinkedIn', { id: ID, url: 'https://www.linkedin.com/feed/' }, fromContent, true],
    ['our popup', { id: ID, url: `${ORIGIN}src/popup/index.html` }, fromPage, true],
    ['another extension', { id: 'other', url: 'https://www.linkedin.com/feed/' }, fromContent, false],
    ['content message from another site', { id: ID, url: 'https://evil.example/www.linkedin.com/' }, fromContent, false],
    ['a look-alike host', { id: ID, url: 'https://www.linkedin.com.evil.example/' }, fromContent, false],
    ['page message from a LinkedIn tab', { id: ID, url: 'https://www.linkedin.com/feed/' }, fromPage, false],
    ['no url', { id: ID }, fromContent, false],
  ])('%s', (_name, sender, message, trusted) => {
    expect(isTrustedSender(sender, message, ID, ORIGIN)).toBe(trusted);
  });
});
