// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import '../extension-globals';
import { createCallControls, type CalendarOffer } from '../../../src/content/call/call-controls';
import { OWN_NODE_ATTRIBUTE } from '../../../src/content/own-node';

const slot = (hour: number) => ({
  start: new Date(Date.UTC(2026, 10, 24, hour)).toISOString(),
  end: new Date(Date.UTC(2026, 10, 24, hour, 30)).toISOString(),
  label: `Tue ${hour}:00 (UTC)`,
  google: `https://calendar.google.com/calendar/render?at=${hour}`,
  outlook: `https://outlook.live.com/calendar/0/deeplink/compose?at=${hour}`,
  icsText: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
});
const offer: CalendarOffer = { slots: [slot(12), slot(15)], icsFileName: 'call-with-ana-ruiz.ics' };

describe('createCallControls', () => {
  test('is the extension\'s own node, with a labelled group, a real button and a live status', () => {
    const onSuggest = vi.fn();
    const controls = createCallControls(onSuggest);
    document.body.append(controls.host);
    const root = controls.host.shadowRoot!;
    expect(controls.host.getAttribute(OWN_NODE_ATTRIBUTE)).toBe('call');
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Not So Social: suggest a call');
    const button = root.querySelector('button')!;
    expect(button.getAttribute('aria-describedby')).toBe('status');
    expect(root.getElementById('status')?.getAttribute('aria-live')).toBe('polite');
    button.click();
    expect(onSuggest).toHaveBeenCalledTimes(1);
    controls.showResult('copied');
    expect(root.getElementById('status')?.textContent).toBe('No message box found: the draft is copied. Paste it where you write.');
  });

  test('a key pressed on the controls never reaches LinkedIn\'s form (Enter sends there)', () => {
    const controls = createCallControls(() => undefined);
    const form = document.createElement('form');
    const pageKeys = vi.fn();
    form.addEventListener('keydown', pageKeys);
    form.append(controls.host);
    document.body.append(form);
    controls.host.shadowRoot!.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
  });

  test('the calendar links follow the chosen time, and reset hides them again', () => {
    const controls = createCallControls(() => undefined);
    document.body.append(controls.host);
    const root = controls.host.shadowRoot!;
    controls.showCalendar(offer);
    const google = root.querySelector<HTMLAnchorElement>('a.google')!;
    expect(google.href).toMatch(/at=12$/);
    expect(google.rel).toBe('noopener noreferrer');
    expect([...root.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Tue 12:00 (UTC)', 'Tue 15:00 (UTC)']);
    const select = root.querySelector('select')!;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    expect(google.href).toMatch(/at=15$/);
    expect(root.querySelector<HTMLAnchorElement>('a.outlook')!.href).toMatch(/at=15$/);
    expect(root.querySelector<HTMLAnchorElement>('a.ics')!.download).toBe('call-with-ana-ruiz.ics');
    controls.reset();
    expect(root.querySelector<HTMLElement>('.calendar')!.hidden).toBe(true);
  });
});
