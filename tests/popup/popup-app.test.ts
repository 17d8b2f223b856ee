// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { conversation, days, summary, week, withPosts } from './summary-fixture';
import { renderPopup } from './render-popup';

const row = (root: HTMLElement, metric: string) => {
  const tr = root.querySelector(`tr[data-metric="${metric}"]`);
  return {
    thisWeek: tr?.querySelector('.this-week')?.textContent,
    lastWeek: tr?.querySelector('.last-week')?.textContent,
    trend: tr?.querySelector('.trend')?.getAttribute('data-trend'),
    tone: tr?.querySelector('.trend')?.className,
  };
};

describe('popup summary', () => {
  test('stays busy until the summary arrives, then drops aria-busy', async () => {
    let resolve: (value: ReturnType<typeof summary>) => void = () => undefined;
    const pending = new Promise<ReturnType<typeof summary>>((r) => (resolve = r));
    const { root } = await renderPopup(pending);
    expect(root.querySelector('main[aria-busy="true"]')).not.toBeNull();
    await act(async () => {
      resolve(summary());
      await pending;
    });
    expect(root.querySelector('main:not([aria-busy])')).not.toBeNull();
  });

  test('says "1 tag-hijacking comment" and "N tag-hijacking comments" exactly', async () => {
    const one = await renderPopup(summary({ thisWeek: week({ tagHijackComments: 1 }) }));
    expect(one.text('[data-testid="tag-hijack-week"]')).toBe('1 tag-hijacking comment this week');
    const many = await renderPopup(summary({ thisWeek: week({ tagHijackComments: 1234 }) }));
    expect(many.text('[data-testid="tag-hijack-week"]')).toBe('1,234 tag-hijacking comments this week');
  });

  test('shows this week against last week with arrows whose colour says good or bad news', async () => {
    const { root } = await renderPopup(
      summary({
        thisWeek: week({ ...withPosts(200, 120), tagHijackComments: 9, templatedMessages: 2, templatedInvites: 3, callsProposed: 2, feedMs: 80 * 60_000 }),
        lastWeek: week({ ...withPosts(100, 30), tagHijackComments: 9, templatedMessages: 8, callsProposed: 0, feedMs: 80 * 60_000 + 20_000 }, '2026-11-09', '2026-11-15'),
      }),
    );
    expect(row(root, 'posts-seen')).toMatchObject({ thisWeek: '200', lastWeek: '100', trend: 'up', tone: 'trend neutral' });
    expect(row(root, 'broadcast-share')).toMatchObject({ thisWeek: '60%', lastWeek: '30%', trend: 'up', tone: 'trend bad' });
    expect(row(root, 'tag-hijack')).toMatchObject({ thisWeek: '9', trend: 'same' });
    expect(row(root, 'templated')).toMatchObject({ thisWeek: '5', lastWeek: '8', trend: 'down', tone: 'trend good' });
    expect(row(root, 'calls-proposed')).toMatchObject({ thisWeek: '2', lastWeek: '0', trend: 'up', tone: 'trend good' });
    // Twenty seconds of feed time is noise, not a trend.
    expect(row(root, 'feed-time')).toMatchObject({ thisWeek: '1 hr 20 min', trend: 'same' });
    expect(root.querySelector('tr[data-metric="templated"] .trend .visually-hidden')?.textContent).toBe('down');
  });

  test('mid-week, the arrows compare with last week up to the same weekday, and the whole of last week is shown beside it', async () => {
    const { root } = await renderPopup(
      summary({
        thisWeek: week({ ...withPosts(30, 3), engagementBait: 3 }),
        lastWeekSoFar: week({ ...withPosts(25, 10), engagementBait: 10 }, '2026-11-09', '2026-11-11'),
        lastWeek: week({ ...withPosts(100, 20), engagementBait: 20 }, '2026-11-09', '2026-11-15'),
      }),
    );
    const headers = [...root.querySelectorAll('.week-table thead th:not(.visually-hidden)')].map((th) => th.textContent);
    expect(headers).toEqual(['This week', 'Last week to Wed', 'All last week']);
    const soFar = (metric: string) => root.querySelector(`tr[data-metric="${metric}"] .last-week-so-far`)?.textContent;
    expect(row(root, 'posts-seen')).toMatchObject({ thisWeek: '30', lastWeek: '100', trend: 'up' });
    expect(soFar('posts-seen')).toBe('25');
    expect(row(root, 'engagement-bait')).toMatchObject({ thisWeek: '3', lastWeek: '20', trend: 'down', tone: 'trend good' });
    expect(soFar('engagement-bait')).toBe('10');
    expect(row(root, 'broadcast-share')).toMatchObject({ thisWeek: '10%', lastWeek: '20%', trend: 'down' });
    expect(soFar('broadcast-share')).toBe('40%');
  });

  test('once the week is over, one last-week column: so far and whole are the same', async () => {
    const { root } = await renderPopup(summary({ lastWeek: week(withPosts(10, 5), '2026-11-09', '2026-11-15') }));
    expect(root.querySelectorAll('.last-week-so-far')).toHaveLength(0);
    expect([...root.querySelectorAll('.week-table thead th')].map((th) => th.textContent)).toContain('Last week');
  });

  test('formats numbers in the UI language', async () => {
    const { root } = await renderPopup(summary({ thisWeek: week(withPosts(12345, 6000)) }), 'de');
    expect(row(root, 'posts-seen').thisWeek).toBe('12.345');
    expect(row(root, 'broadcast-share').thisWeek).toBe('49\u00a0%');
  });

  test('a share with no posts is a dash and has no arrow', async () => {
    const { root } = await renderPopup(summary({ thisWeek: week({}), lastWeek: week(withPosts(10, 5)) }));
    expect(row(root, 'broadcast-share')).toMatchObject({ thisWeek: '–', trend: 'unknown' });
  });

  test('draws one bar pair per day, scaled to the busiest day, and describes it for screen readers', async () => {
    const { root } = await renderPopup(summary({ days: days([10, 40, 0, 20, 0, 0, 5], [5, 40, 0, 0, 0, 0, 1]) }));
    const seen = [...root.querySelectorAll('.bar-seen')].map((r) => Number(r.getAttribute('height')));
    const broadcast = [...root.querySelectorAll('.bar-broadcast')].map((r) => Number(r.getAttribute('height')));
    expect(seen).toHaveLength(7);
    expect(seen[1]).toBeGreaterThan(seen[3] ?? Infinity);
    expect(seen[3]).toBeCloseTo((seen[1] ?? 0) / 2);
    expect(broadcast[1]).toBe(seen[1]);
    expect(seen[2]).toBe(0);
    const label = root.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '';
    expect(label).toContain('Tue: 40 seen, 40 broadcast');
    expect([...root.querySelectorAll('.bar-label')].map((l) => l.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
});

describe('the sentence that says what the week was', () => {
  const sentence = async (overrides: Parameters<typeof summary>[0]) => (await renderPopup(summary(overrides))).text('[data-testid="week-sentence"]');

  test('mostly broadcast, with calls moved', async () => {
    expect(await sentence({ thisWeek: week({ ...withPosts(10, 7), callsProposed: 2 }) })).toBe(
      'Most of what reached you this week was broadcast; you moved 2 conversations to a call.',
    );
    expect(await sentence({ thisWeek: week({ ...withPosts(10, 7), callsProposed: 1 }) })).toBe(
      'Most of what reached you this week was broadcast; you moved 1 conversation to a call.',
    );
  });

  test('partly broadcast, with conversations waiting for a call', async () => {
    expect(await sentence({ thisWeek: week(withPosts(10, 3)), conversations: [conversation(), conversation({ threadId: 'b'.repeat(32) })] })).toBe(
      '30% of the posts that reached you this week were broadcast; 2 conversations are ready for a call.',
    );
  });

  test('no broadcast at all, and no feed at all', async () => {
    expect(await sentence({ thisWeek: week(withPosts(10, 0)) })).toBe('Nothing that reached you this week was broadcast.');
    expect(await sentence({ thisWeek: week({}) })).toBe('You stayed off the feed this week.');
  });

  test('a flagged comment means the week was not free of broadcast, even with no broadcast post', async () => {
    const posts = withPosts(10, 0);
    const totals = { ...posts, broadcast: { post: 0, comment: 1, message: 0, invite: 0 }, tagHijackComments: 1 };
    expect(await sentence({ thisWeek: week(totals) })).toBe('0% of the posts that reached you this week were broadcast.');
  });
});

describe('conversations worth a call', () => {
  test('each is one link to its thread with the call hash, opened through the connector', async () => {
    const { root, connector } = await renderPopup(
      summary({ conversations: [conversation({ inLast7d: 8, outLast7d: 6 }), conversation({ threadId: 'c'.repeat(32), participantName: 'Bo Lin', inLast7d: 1, outLast7d: 0, threadUrl: 'https://www.linkedin.com/messaging/thread/2-xyz/#old' })] }),
    );
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.conversations a')];
    expect(links.map((a) => a.textContent)).toEqual(['You traded 14 messages with Ana Ruiz this week', 'You traded 1 message with Bo Lin this week']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.linkedin.com/messaging/thread/2-abc/#not-so-social-call',
      'https://www.linkedin.com/messaging/thread/2-xyz/#not-so-social-call',
    ]);
    links[0]?.click();
    expect(connector.openTab).toHaveBeenCalledWith('https://www.linkedin.com/messaging/thread/2-abc/#not-so-social-call');
  });

  test('a thread URL that is not LinkedIn over https never becomes a link', async () => {
    const { root } = await renderPopup(
      summary({ conversations: [conversation({ threadUrl: 'javascript:alert(1)' }), conversation({ threadUrl: 'https://evil.example/messaging/' })] }),
    );
    expect(root.querySelectorAll('.conversations a')).toHaveLength(0);
  });
});

describe('selector health, first run, settings', () => {
  test('a line for each LinkedIn surface that stopped matching, none for healthy ones', async () => {
    const { root } = await renderPopup(
      summary({
        selectorHealth: [
          { surface: 'messages', ok: false, at: 1, since: 1 },
          { surface: 'feed', ok: true, at: 1, since: 1 },
        ],
      }),
    );
    expect([...root.querySelectorAll('.health li')].map((li) => li.textContent)).toEqual(['LinkedIn’s page changed: message warnings are paused']);
  });

  test('no health line when everything matches', async () => {
    const { root } = await renderPopup(summary({ selectorHealth: [{ surface: 'feed', ok: true, at: 1, since: 1 }] }));
    expect(root.querySelector('.health')).toBeNull();
  });

  test('first run explains the extension and that nothing leaves the device, without a table', async () => {
    const { root, text } = await renderPopup(summary({ isEmpty: true }));
    expect(root.querySelector('main[data-state="first-run"]')).not.toBeNull();
    expect(text('main')).toContain('broadcast channel');
    expect(text('.privacy')).toBe('Counted on this device only. Nothing leaves it.');
    expect(root.querySelector('table')).toBeNull();
  });

  test('the settings button opens the options page', async () => {
    const { root, connector } = await renderPopup(summary());
    root.querySelector<HTMLButtonElement>('footer button')?.click();
    expect(connector.openOptions).toHaveBeenCalledOnce();
  });

  test('a failed summary says so instead of spinning forever', async () => {
    const { root } = await renderPopup(Promise.reject(new Error('worker gone')));
    expect(root.querySelector('main:not([aria-busy]) [role="alert"]')?.textContent).toContain('could not be read');
  });
});
