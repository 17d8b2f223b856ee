// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { mockBrowser } from './extension-globals';
import { createLabel, OWN_NODE_ATTRIBUTE } from '../../src/content/label';
import type { Verdict } from '../../src/detect/types';

const verdict: Verdict = {
  pattern: 'tag-hijack',
  score: 0.92,
  level: 'high',
  reasons: [
    { code: 'mentions-many', text: 'Tags 4 people' },
    { code: 'mentions-outsiders', text: '<img src=x onerror=alert(1)> are not in the thread' },
  ],
};

describe('createLabel', () => {
  test('every label adopts the same shared theme and label sheets instead of parsing a <style> of its own', () => {
    const [first, second] = [createLabel(verdict, () => undefined), createLabel(verdict, () => undefined)].map((host) => host.shadowRoot!);
    expect(first!.querySelector('style')).toBeNull();
    expect(first!.adoptedStyleSheets).toHaveLength(2);
    expect(second!.adoptedStyleSheets[0]).toBe(first!.adoptedStyleSheets[0]);
    expect(second!.adoptedStyleSheets[1]).toBe(first!.adoptedStyleSheets[1]);
  });

  test('shows the pattern and first reason, and names itself for screen readers', () => {
    const host = createLabel(verdict, () => undefined);
    expect(host.getAttribute(OWN_NODE_ATTRIBUTE)).toBe('label');
    const root = host.shadowRoot!;
    const pill = root.querySelector('.pill')!;
    expect(pill.textContent).toBe('Tag-hijackingTags 4 people');
    expect(pill.getAttribute('role')).toBe('note');
    expect(pill.getAttribute('tabindex')).toBe('0');
    expect(pill.getAttribute('aria-label')).toContain('Tags 4 people');
    const details = root.getElementById(pill.getAttribute('aria-describedby')!)!;
    expect(details.getAttribute('role')).toBe('tooltip');
  });

  test('puts reason text in as text, never as markup', () => {
    const root = createLabel(verdict, () => undefined).shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('li')[1]?.textContent).toBe('<img src=x onerror=alert(1)> are not in the thread');
  });

  test('"Not broadcast" reports the correction', () => {
    const onNotBroadcast = vi.fn();
    const root = createLabel(verdict, onNotBroadcast).shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('button.not-broadcast')!;
    expect(button.textContent).toBe('Not broadcast');
    button.click();
    expect(onNotBroadcast).toHaveBeenCalledOnce();
  });

  test('labels of one pattern are clones: the locale texts are looked up for the first only, and each keeps its own reasons, ids and button', () => {
    const first = createLabel({ ...verdict, pattern: 'engagement-bait' }, () => undefined).shadowRoot!;
    const lookUp = vi.spyOn(mockBrowser.i18n, 'getMessage');
    const onSecond = vi.fn();
    const second = createLabel({ ...verdict, pattern: 'engagement-bait', level: 'low', reasons: [{ code: 'agree', text: 'Asks "Agree?"' }] }, onSecond)
      .shadowRoot!;
    expect(lookUp).not.toHaveBeenCalled();
    expect(second.querySelector('.wrap')!.className).toBe('wrap low');
    expect(second.querySelector('.headline')!.textContent).toBe('Asks "Agree?"');
    expect([...second.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Asks "Agree?"']);
    expect(first.querySelectorAll('li')).toHaveLength(2);
    const [firstId, secondId] = [first, second].map((root) => root.querySelector('.pill')!.getAttribute('aria-describedby'));
    expect(secondId).not.toBe(firstId);
    expect(second.getElementById(secondId!)?.getAttribute('role')).toBe('tooltip');
    second.querySelector<HTMLButtonElement>('button.not-broadcast')!.click();
    first.querySelector<HTMLButtonElement>('button.not-broadcast')!.click();
    expect(onSecond).toHaveBeenCalledOnce();
  });
});
