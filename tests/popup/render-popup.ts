// Renders the popup into happy-dom's document with a fake connector, and waits for its summary.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { WeeklySummary } from '../../src/shared/store-types';
import type { PopupConnector } from '../../src/popup/connector';
import { PopupApp } from '../../src/popup/popup-app';

export interface RenderedPopup {
  root: HTMLElement;
  connector: PopupConnector & { openTab: ReturnType<typeof vi.fn>; openOptions: ReturnType<typeof vi.fn> };
  text: (selector: string) => string;
}

export function fakeConnector(summary: WeeklySummary | Promise<WeeklySummary>) {
  return {
    weeklySummary: vi.fn(() => Promise.resolve(summary)),
    openTab: vi.fn(async (_url: string) => undefined),
    openOptions: vi.fn(async () => undefined),
  };
}

export async function renderPopup(summary: WeeklySummary | Promise<WeeklySummary>, locale = 'en'): Promise<RenderedPopup> {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  const connector = fakeConnector(summary);
  await act(async () => {
    render(h(PopupApp, { connector, locale }), root);
  });
  await act(async () => {
    await Promise.resolve();
  });
  const text = (selector: string): string => root.querySelector(selector)?.textContent?.trim() ?? '';
  return { root, connector, text };
}
