// Stands in for webextension-polyfill under vitest, where the real module throws outside an extension.
// i18n answers from the English _locales file so that UI tests read real strings.
import { vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalog = messages as Catalog;

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalog[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(placeholder.content.replace('$', '')) - 1;
    text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), subs[index] ?? '');
  }
  return text;
}

const browser = {
  runtime: {
    id: 'test-extension-id',
    getURL: (path: string) => `chrome-extension://test-extension-id/${path}`,
    sendMessage: vi.fn(async () => undefined),
    onMessage: { addListener: vi.fn() },
  },
  i18n: { getMessage, getUILanguage: () => 'en' },
  storage: { local: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) } },
};

export default browser;
