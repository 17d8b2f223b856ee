import { OWN_NODE_ATTRIBUTE } from './own-node';
import { THEME_CSS } from './theme-styles';

// One constructed stylesheet per UI kind, shared by every shadow root of that kind: five hundred labels
// adopt the same two sheets instead of each parsing its own <style>.
const sheets = new Map<string, CSSStyleSheet>();

function sheetOf(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * A custom element with an open shadow root styled by the shared theme and `css`, marked as the
 * extension's own so the observer and the adapter never read it as page content, and themed like the
 * page around it.
 */
export function createShadowHost(tag: string, role: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(OWN_NODE_ATTRIBUTE, role);
  if (document.documentElement.classList.contains('theme--dark')) host.dataset.theme = 'dark';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheetOf(THEME_CSS), sheetOf(css)];
  return { host, root };
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
