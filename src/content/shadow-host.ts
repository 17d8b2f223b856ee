import { OWN_NODE_ATTRIBUTE } from './own-node';

/**
 * A custom element with an open shadow root and its stylesheet, marked as the extension's own so the
 * observer and the adapter never read it as page content, and themed like the page around it.
 */
export function createShadowHost(tag: string, role: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(OWN_NODE_ATTRIBUTE, role);
  if (document.documentElement.classList.contains('theme--dark')) host.dataset.theme = 'dark';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
