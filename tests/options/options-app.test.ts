// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../src/shared/settings';
import type { ExportedData } from '../../src/shared/store-types';
import type { OptionsConnector, SaveResult } from '../../src/options/connector';
import { OptionsApp } from '../../src/options/options-app';

function exported(events = 0): ExportedData {
  return {
    format: 'not-so-social-export',
    schemaVersion: 2,
    exportedAt: Date.UTC(2026, 10, 23, 9),
    events: Array.from({ length: events }, (_, i) => ({ id: String(i).padStart(32, '0'), kind: 'comment', at: 1, dayKey: '2026-11-23', verdicts: [], corrected: [] })),
    rollups: [],
    corrections: [],
    callEvents: [],
    conversations: [],
    fingerprints: [],
    selectorHealth: [],
  };
}

/** Answers like the background: validates with the shared rules and keeps what it accepted. */
function fakeConnector(stored: { events: number } = { events: 3 }) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const connector = {
    getSettings: vi.fn(async () => structuredClone(settings)),
    saveSettings: vi.fn(async (input: unknown): Promise<SaveResult> => {
      const result = validateSettings(input);
      if (result.ok) settings = result.settings;
      return result;
    }),
    exportData: vi.fn(async () => exported(stored.events)),
    deleteAll: vi.fn(async () => {
      stored.events = 0;
      return { ok: true as const };
    }),
    requestNotifications: vi.fn(async () => true),
  } satisfies OptionsConnector;
  return connector;
}

async function flush() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function renderOptions(connector: OptionsConnector) {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(h(OptionsApp, { connector, locale: 'en', browserTimeZone: 'Europe/Berlin' }), root);
  });
  await flush();
  return root;
}

async function type(root: HTMLElement, id: string, value: string) {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!input) throw new Error(`no field #${id}`);
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(element: Element | null | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
  });
  await flush();
}

const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

afterEach(() => vi.restoreAllMocks());

describe('options: settings', () => {
  test.each([
    ['granted', true],
    ['refused', false],
  ])('switching the weekly notification on asks for the permission (%s)', async (_name, granted) => {
    const connector = fakeConnector();
    connector.requestNotifications.mockResolvedValue(granted);
    const root = await renderOptions(connector);
    await click(root.querySelector('#field-weeklyNotification'));
    expect(connector.requestNotifications).toHaveBeenCalledOnce();
    expect(root.querySelector<HTMLInputElement>('#field-weeklyNotification')?.checked).toBe(granted);
  });

  test('shows the stored settings, including the browser time zone as the default', async () => {
    const root = await renderOptions(fakeConnector());
    expect(root.querySelector<HTMLInputElement>('#field-sensitivity-balanced')?.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#field-feedNudgeMinutes')?.value).toBe('10');
    expect(root.querySelector<HTMLInputElement>('#field-call-timeZone')?.placeholder).toBe('Europe/Berlin');
    expect(root.querySelector('#field-call-timeZone-hint')?.textContent).toContain('Europe/Berlin');
    expect([...root.querySelectorAll('.working-days label')].map((l) => l.textContent)).toEqual([
      'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    ]);
  });

  test('a bad value gets the background\'s message next to its field, and nothing is reset', async () => {
    const connector = fakeConnector();
    const root = await renderOptions(connector);
    await type(root, 'field-call-schedulingLink', 'calendly.com/ana');
    await type(root, 'field-feedNudgeMinutes', '999');
    await type(root, 'field-call-workingHours-end', '08:00');
    await click(button(root, 'Save'));

    const linkError = root.querySelector('#field-call-schedulingLink-error')?.textContent;
    expect(linkError).toBe('Scheduling link needs "https://" in front: https://calendly.com/ana');
    expect(root.querySelector('#field-call-schedulingLink')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#field-call-schedulingLink')?.getAttribute('aria-describedby')).toContain('field-call-schedulingLink-error');
    expect(root.querySelector('#field-feedNudgeMinutes-error')?.textContent).toMatch(/from 0 to 240 \(got 999\)/);
    expect(root.querySelector('#field-call-workingHours-end-error')?.textContent).toMatch(/must be after the start/);
    expect(root.querySelector('[data-testid="error-summary"]')?.textContent).toContain('3 settings need a change');
    // What the user typed is still there to correct.
    expect(root.querySelector<HTMLInputElement>('#field-call-schedulingLink')?.value).toBe('calendly.com/ana');
    expect(root.querySelector('[data-testid="save-status"]')?.textContent).toBe('');
  });

  test('a validation error is shown from its locale key, with the page\'s own field label', async () => {
    const connector = fakeConnector();
    connector.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ field: 'call.schedulingLink', code: 'not-https-url', params: ['Old label', '"ftp://x"'], message: 'English fallback' }],
    });
    const root = await renderOptions(connector);
    await click(button(root, 'Save'));
    expect(root.querySelector('#field-call-schedulingLink-error')?.textContent).toBe('Scheduling link must start with https:// (got "ftp://x").');
  });

  test('an error whose code the catalog lacks falls back to its English message', async () => {
    const connector = fakeConnector();
    connector.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ field: 'call.phoneNumber', code: 'no-such-code' as 'missing', params: [], message: 'English fallback' }],
    });
    const root = await renderOptions(connector);
    await click(button(root, 'Save'));
    expect(root.querySelector('#field-call-phoneNumber-error')?.textContent).toBe('English fallback');
  });

  test('text typed into a number field is sent as text, so validation names it', async () => {
    const connector = fakeConnector();
    const root = await renderOptions(connector);
    await type(root, 'field-retentionWeeks', 'ten');
    await click(button(root, 'Save'));
    expect(connector.saveSettings.mock.calls[0]?.[0]).toMatchObject({ retentionWeeks: 'ten' });
    expect(root.querySelector('#field-retentionWeeks-error')?.textContent).toMatch(/got "ten"/);
  });

  test('a valid change is saved, errors clear, and the saved value is shown', async () => {
    const connector = fakeConnector();
    const root = await renderOptions(connector);
    await type(root, 'field-call-schedulingLink', 'calendly.com/ana');
    await click(button(root, 'Save'));
    await type(root, 'field-call-schedulingLink', 'https://calendly.com/ana');
    await click(root.querySelector('#field-sensitivity-strict'));
    await click(root.querySelector('#field-patterns-pod-comment'));
    await click(root.querySelector('#field-display-collapse'));
    await click(root.querySelector('#field-call-workingDays-6'));
    await click(root.querySelector('#field-call-callMinutes-45'));
    await click(root.querySelector('button[aria-label="Move Three time slots up"]'));
    await click(button(root, 'Save'));

    expect(root.querySelector('[data-testid="error-summary"]')).toBeNull();
    expect(root.querySelector('.field-error')).toBeNull();
    expect(root.querySelector('[data-testid="save-status"]')?.textContent).toBe('Saved.');
    const saved = await connector.getSettings();
    expect(saved).toMatchObject({
      sensitivity: 'strict',
      display: 'collapse',
      patterns: { 'pod-comment': false, templated: true },
      call: { schedulingLink: 'https://calendly.com/ana', callMinutes: 45, workingDays: [1, 2, 3, 4, 5, 6], proposalOrder: ['slots', 'link', 'room', 'phone'] },
    });
  });
});

describe('options: your data', () => {
  test('"Export my data" downloads a JSON file of what the store holds', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    });
    const root = await renderOptions(fakeConnector({ events: 3 }));
    await click(button(root, 'Export my data'));

    expect(downloads).toEqual([{ name: 'not-so-social-export-2026-11-23.json', href: 'blob:export' }]);
    expect(blobs[0]?.type).toBe('application/json');
    const file = JSON.parse((await blobs[0]?.text()) ?? '{}') as ExportedData;
    expect(file.format).toBe('not-so-social-export');
    expect(file.events).toHaveLength(3);
    expect(root.querySelector('[data-testid="export-note"]')?.textContent).toBe('Downloaded not-so-social-export-2026-11-23.json (3 items).');
  });

  test('"Delete everything" asks first; cancel deletes nothing', async () => {
    const connector = fakeConnector();
    const root = await renderOptions(connector);
    await click(button(root, 'Delete everything…'));
    expect(root.querySelector('.confirm')?.textContent).toContain('cannot be undone');
    expect(connector.deleteAll).not.toHaveBeenCalled();
    await click(button(root, 'Cancel'));
    expect(root.querySelector('.confirm')).toBeNull();
    await click(button(root, 'Delete everything…'));
    await act(async () => {
      root.querySelector('.confirm button')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.confirm')).toBeNull();
    expect(connector.deleteAll).not.toHaveBeenCalled();
  });

  test('confirmed, it deletes and shows that the store is really empty', async () => {
    const connector = fakeConnector({ events: 5 });
    const root = await renderOptions(connector);
    await click(button(root, 'Delete everything…'));
    await click(button(root, 'Yes, delete everything'));
    expect(connector.deleteAll).toHaveBeenCalledOnce();
    expect(connector.exportData).toHaveBeenCalled();
    expect(root.querySelector('[data-testid="delete-note"]')?.textContent).toBe('Everything is deleted: the store now holds nothing.');
  });

  test('if rows survive the deletion, it says how many instead of claiming success', async () => {
    const connector = fakeConnector({ events: 5 });
    connector.deleteAll.mockImplementation(async () => ({ ok: true as const }));
    const root = await renderOptions(connector);
    await click(button(root, 'Delete everything…'));
    await click(button(root, 'Yes, delete everything'));
    expect(root.querySelector('[data-testid="delete-note"]')?.textContent).toBe('Deletion did not finish: 5 records are still stored. Try again.');
  });
});
