// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { COLLAPSE_BAR_CSS, DISPLAY_ATTRIBUTE } from '../../src/content/display-styles';
import { THEME_CSS } from '../../src/content/theme-styles';
import { applyDisplay, clearDisplay } from '../../src/content/item-display';
import { judgeItems } from '../../src/background/judge-items';
import { ItemScanner, type ScannerDeps } from '../../src/content/item-scanner';
import type { Item, Verdict } from '../../src/detect/types';
import { DEFAULT_SETTINGS, type DisplayMode, type Settings } from '../../src/shared/settings';

const bait: Verdict = { pattern: 'engagement-bait', score: 0.8, level: 'high', reasons: [{ code: 'ask-agree', text: 'Asks "Agree?"' }] };
/** Rules in a stylesheet's text: every rule here is one `selector { … }` block. */
const rulesIn = (css: string): number => css.split('}').length - 1;
const THEME_RULES = rulesIn(THEME_CSS);
const COLLAPSE_BAR_RULES = rulesIn(COLLAPSE_BAR_CSS);
const FOUR_MENTIONS = readFileSync(
  resolve(import.meta.dirname, '../fixtures/linkedin-post-comment-thread-2026-09-edited-four-mentions.html'),
  'utf8',
);

function feedWithOneItem(): Element {
  document.body.innerHTML = '<main><article id="post">Agree?</article><article id="next">next</article></main>';
  return document.getElementById('post')!;
}

const bar = (): HTMLElement | null => document.querySelector('not-so-social-collapsed');

describe('display modes', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  test("'label' leaves the item as it is", () => {
    const item = feedWithOneItem();
    applyDisplay(item, 'label', bait);
    expect(item.hasAttribute(DISPLAY_ATTRIBUTE)).toBe(false);
    expect(bar()).toBeNull();
    expect(document.querySelector('style')).toBeNull();
  });

  test("'dim' fades the item through one page stylesheet that gives it back on hover and focus", () => {
    const item = feedWithOneItem();
    applyDisplay(item, 'dim', bait);
    applyDisplay(document.getElementById('next')!, 'dim', bait);
    expect(item.getAttribute(DISPLAY_ATTRIBUTE)).toBe('dim');
    const styles = document.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toMatch(/:focus-within \{ opacity: 1; \}/);
    expect(bar()).toBeNull();
  });

  test("'collapse' hides the item behind a one-line bar that names the pattern, and 'show' brings it back for good", () => {
    const item = feedWithOneItem();
    applyDisplay(item, 'collapse', bait);
    expect(item.getAttribute(DISPLAY_ATTRIBUTE)).toBe('collapse');
    const host = bar()!;
    expect(host.nextElementSibling).toBe(item);
    const root = host.shadowRoot!;
    expect(root.querySelector('style')).toBeNull();
    expect(root.adoptedStyleSheets.at(-1)!.cssRules[0]!.cssText).toContain(':host');
    expect(root.adoptedStyleSheets.map((sheet) => sheet.cssRules.length)).toEqual([THEME_RULES, COLLAPSE_BAR_RULES]);
    expect(root.querySelector('.text')!.textContent).toBe('Engagement bait — Asks "Agree?"');
    const show = root.querySelector<HTMLButtonElement>('button.show')!;
    expect(show.textContent).toBe('show');
    expect(show.getAttribute('aria-label')).toBe('show: Engagement bait');
    show.click();
    expect(item.hasAttribute(DISPLAY_ATTRIBUTE)).toBe(false);
    expect(bar()).toBeNull();
    applyDisplay(item, 'collapse', bait);
    expect(item.hasAttribute(DISPLAY_ATTRIBUTE)).toBe(false);
  });

  test('clearing removes the bar and the mark', () => {
    const item = feedWithOneItem();
    applyDisplay(item, 'collapse', bait);
    clearDisplay(item);
    expect(item.hasAttribute(DISPLAY_ATTRIBUTE)).toBe(false);
    expect(bar()).toBeNull();
  });
});

describe('scanner and display', () => {
  /** A scanner whose worker is the background's own judging, in process, under `settings`. */
  function scanner(
    display: () => DisplayMode,
    corrected = new Set<string>(),
    settings: () => Settings = () => DEFAULT_SETTINGS,
  ): { scanner: ItemScanner; deps: ScannerDeps; judged: Item[] } {
    const judged: Item[] = [];
    const deps: ScannerDeps = {
      judge: (items) => {
        judged.push(...items);
        return judgeItems(structuredClone(items), settings());
      },
      display,
      itemDisplay: { apply: applyDisplay, clear: clearDisplay },
      corrected,
      correct: vi.fn(),
      found: vi.fn(),
    };
    return { scanner: new ItemScanner(deps), deps, judged };
  }

  test('collapses the flagged comment only, and "not broadcast" restores it', async () => {
    document.documentElement.innerHTML = FOUR_MENTIONS;
    const { scanner: s, deps } = scanner(() => 'collapse');
    await s.scan([document.body]);
    const collapsed = [...document.querySelectorAll(`[${DISPLAY_ATTRIBUTE}]`)];
    expect(collapsed.map((element) => element.id)).toEqual(['ember75']);
    expect(deps.found).toHaveBeenCalledWith('comment');
    const label = document.querySelector('not-so-social-label')!;
    label.shadowRoot!.querySelector<HTMLButtonElement>('button.not-broadcast')!.click();
    expect(deps.correct).toHaveBeenCalledOnce();
    expect(document.querySelector(`[${DISPLAY_ATTRIBUTE}]`)).toBeNull();
    expect(bar()).toBeNull();
    expect(document.querySelector('not-so-social-label')).toBeNull();
  });

  test('an item the user corrected before is neither labelled nor hidden', async () => {
    document.documentElement.innerHTML = FOUR_MENTIONS;
    const first = scanner(() => 'collapse');
    await first.scanner.scan([document.body]);
    document.querySelector('not-so-social-label')!.shadowRoot!.querySelector<HTMLButtonElement>('button.not-broadcast')!.click();
    const [id] = vi.mocked(first.deps.correct).mock.calls[0]!;
    document.documentElement.innerHTML = FOUR_MENTIONS;
    const known = new Set([id]);
    const { scanner: s, judged } = scanner(() => 'collapse', known);
    await s.scan([document.body]);
    // Still judged, so still counted: the store keeps the correction against the count.
    expect((await judgeItems(judged, DEFAULT_SETTINGS)).map((j) => j.id)).toContain(id);
    expect(document.querySelector('not-so-social-label')).toBeNull();
    expect(document.querySelector(`[${DISPLAY_ATTRIBUTE}]`)).toBeNull();
  });

  test('a display change applies to items already on the page', async () => {
    document.documentElement.innerHTML = FOUR_MENTIONS;
    let mode: DisplayMode = 'label';
    const { scanner: s } = scanner(() => mode);
    await s.scan([document.body]);
    expect(document.querySelector(`[${DISPLAY_ATTRIBUTE}]`)).toBeNull();
    mode = 'dim';
    await s.applySettings();
    expect(document.getElementById('ember75')!.getAttribute(DISPLAY_ATTRIBUTE)).toBe('dim');
    mode = 'label';
    await s.applySettings();
    expect(document.querySelector(`[${DISPLAY_ATTRIBUTE}]`)).toBeNull();
  });

  test('turning a pattern off on the options page takes its labels and hiding away from the page', async () => {
    document.documentElement.innerHTML = FOUR_MENTIONS;
    const settings = structuredClone(DEFAULT_SETTINGS);
    const { scanner: s } = scanner(() => 'collapse', new Set(), () => settings);
    await s.scan([document.body]);
    expect(document.querySelectorAll('not-so-social-label')).toHaveLength(1);
    settings.patterns['tag-hijack'] = false;
    await s.applySettings();
    expect(document.querySelector('not-so-social-label')).toBeNull();
    expect(document.querySelector(`[${DISPLAY_ATTRIBUTE}]`)).toBeNull();
    expect(bar()).toBeNull();
  });
});
