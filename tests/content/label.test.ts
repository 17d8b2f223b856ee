// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import './extension-globals';
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
});
