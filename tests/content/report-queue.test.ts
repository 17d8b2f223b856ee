// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageSession } from '../../src/content/page-session';
import { ReportQueue } from '../../src/content/report-queue';
import type { ItemReport } from '../../src/messages';
import { mockBrowser } from './extension-globals';

const report = (n: number): ItemReport => ({ id: n.toString(16).padStart(32, '0'), kind: 'post', verdicts: [] });
const sentIds = (): string[][] =>
  mockBrowser.runtime.sendMessage.mock.calls.map((call) => ((call as unknown[])[0] as { items: ItemReport[] }).items.map((i) => i.id));

afterEach(() => {
  vi.useRealTimers();
  mockBrowser.runtime.sendMessage.mockReset();
});

describe('ReportQueue', () => {
  test('sends what a page saw in one batch a second later', async () => {
    vi.useFakeTimers();
    mockBrowser.runtime.sendMessage.mockResolvedValue({ added: 2 } as never);
    const queue = new ReportQueue(new PageSession());
    queue.add(report(1));
    queue.add(report(2));
    expect(mockBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sentIds()).toEqual([[report(1).id, report(2).id]]);
  });

  test('sends a batch again when the worker dropped it, with what came meanwhile', async () => {
    vi.useFakeTimers();
    mockBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('message channel closed')).mockResolvedValue({ added: 1 } as never);
    const queue = new ReportQueue(new PageSession());
    queue.add(report(1));
    await vi.advanceTimersByTimeAsync(1000);
    queue.add(report(2));
    await vi.advanceTimersByTimeAsync(5000);
    expect(sentIds()).toEqual([[report(1).id], [report(1).id, report(2).id]]);
  });

  test('gives up on a batch after five failures in a row', async () => {
    vi.useFakeTimers();
    mockBrowser.runtime.sendMessage.mockRejectedValue(new Error('no worker'));
    const queue = new ReportQueue(new PageSession());
    queue.add(report(1));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledTimes(5);
  });
});
