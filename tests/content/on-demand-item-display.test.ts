// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { judgeItems } from '../../src/background/judge-items';
import { DISPLAY_ATTRIBUTE } from '../../src/content/display-styles';
import { InjectedPartLoader } from '../../src/content/injected-part-loader';
import type { ItemDisplay } from '../../src/content/item-display';
import { ItemScanner } from '../../src/content/item-scanner';
import { OnDemandItemDisplay } from '../../src/content/on-demand-item-display';
import { PageSession } from '../../src/content/page-session';
import type { Verdict } from '../../src/detect/types';
import { DEFAULT_SETTINGS, type DisplayMode } from '../../src/shared/settings';

const bait: Verdict = { pattern: 'engagement-bait', score: 0.8, level: 'high', reasons: [{ code: 'ask-agree', text: 'Asks "Agree?"' }] };
const FOUR_MENTIONS = readFileSync(
  resolve(import.meta.dirname, '../fixtures/linkedin-post-comment-thread-2026-09-edited-four-mentions.html'),
  'utf8',
);

/** A part that records what it was asked, in order, by item id. */
function recordingPart(): ItemDisplay & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    apply: (item, mode) => calls.push(`${mode} ${item.id}`),
    clear: (item) => calls.push(`clear ${item.id}`),
  };
}

/** A load whose part arrives when the test says so. */
function deferredLoad(): { load: ReturnType<typeof vi.fn<() => Promise<ItemDisplay | undefined>>>; arrive: (part: ItemDisplay | undefined) => Promise<void> } {
  let resolvePart: (part: ItemDisplay | undefined) => void = () => undefined;
  const pending = new Promise<ItemDisplay | undefined>((resolve) => (resolvePart = resolve));
  return {
    load: vi.fn(() => pending),
    arrive: async (part) => {
      resolvePart(part);
      await pending;
      await Promise.resolve();
    },
  };
}

function items(...ids: string[]): Element[] {
  document.body.innerHTML = ids.map((id) => `<article id="${id}"></article>`).join('');
  return ids.map((id) => document.getElementById(id)!);
}

describe('OnDemandItemDisplay', () => {
  test("'label' never loads the part: there is nothing to dim, collapse or give back", () => {
    const { load } = deferredLoad();
    const display = new OnDemandItemDisplay(load);
    const [a] = items('a');
    display.prepare('label');
    display.apply(a!, 'label', bait);
    display.clear(a!);
    expect(load).not.toHaveBeenCalled();
  });

  test("settings that say 'dim' or 'collapse' load the part once, before any item needs it", () => {
    for (const mode of ['dim', 'collapse'] as const) {
      const { load } = deferredLoad();
      const display = new OnDemandItemDisplay(load);
      display.prepare(mode);
      display.prepare(mode);
      display.apply(items('a')[0]!, mode, bait);
      expect(load).toHaveBeenCalledOnce();
    }
  });

  test('what was asked before the part registered is handed over in order, then forwarded as it comes', async () => {
    const { load, arrive } = deferredLoad();
    const display = new OnDemandItemDisplay(load);
    const [a, b, c] = items('a', 'b', 'c');
    display.apply(a!, 'collapse', bait);
    display.apply(b!, 'collapse', bait);
    display.clear(a!);
    display.apply(c!, 'label', bait);
    const part = recordingPart();
    expect(part.calls).toEqual([]);
    await arrive(part);
    expect(part.calls).toEqual(['collapse a', 'collapse b', 'clear a', 'label c']);
    display.apply(c!, 'dim', bait);
    display.clear(b!);
    expect(part.calls.slice(4)).toEqual(['dim c', 'clear b']);
    expect(load).toHaveBeenCalledOnce();
  });

  test('a part that could not be injected is not asked for again, and what waited for it is dropped', async () => {
    const { load, arrive } = deferredLoad();
    const display = new OnDemandItemDisplay(load);
    const [a] = items('a');
    display.apply(a!, 'dim', bait);
    await arrive(undefined);
    display.apply(a!, 'dim', bait);
    display.clear(a!);
    expect(load).toHaveBeenCalledOnce();
    expect(a!.hasAttribute(DISPLAY_ATTRIBUTE)).toBe(false);
  });
});

describe('the display modes\' injected part, with the scanner', () => {
  let session: PageSession;
  beforeEach(() => {
    session = new PageSession();
    document.head.innerHTML = '';
    document.documentElement.innerHTML = FOUR_MENTIONS;
  });
  afterEach(() => session.stop());

  /** The core's wiring (start-page.ts), with the worker's injection replaced by importing the part's entry. */
  function wired(mode: () => DisplayMode): { scanner: ItemScanner; inject: ReturnType<typeof vi.fn> } {
    const inject = vi.fn(async () => {
      vi.resetModules();
      await import('../../src/content/display-modes-entry');
      return true;
    });
    const loader = new InjectedPartLoader(session, 'display-modes', inject);
    const itemDisplay = new OnDemandItemDisplay(() => loader.load());
    itemDisplay.prepare(mode());
    const scanner = new ItemScanner({
      judge: (found) => judgeItems(structuredClone(found), DEFAULT_SETTINGS),
      display: mode,
      itemDisplay,
      corrected: new Set(),
      correct: vi.fn(),
    });
    return { scanner, inject };
  }

  test("'collapse' injects the entry, which collapses the flagged comment behind its bar", async () => {
    const { scanner, inject } = wired(() => 'collapse');
    await scanner.scan([document.body]);
    await vi.waitFor(() => expect(document.querySelector(`[${DISPLAY_ATTRIBUTE}=collapse]`)?.id).toBe('ember75'));
    expect(document.querySelectorAll('not-so-social-collapsed')).toHaveLength(1);
    expect(inject).toHaveBeenCalledOnce();
  });

  test("'label' labels the flagged comment and injects nothing", async () => {
    const { scanner, inject } = wired(() => 'label');
    await scanner.scan([document.body]);
    expect(document.querySelectorAll('not-so-social-label')).toHaveLength(1);
    expect(inject).not.toHaveBeenCalled();
    expect(document.querySelector(`[${DISPLAY_ATTRIBUTE}]`)).toBeNull();
  });
});
