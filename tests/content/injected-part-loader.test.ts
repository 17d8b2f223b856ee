// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CallFeaturePart } from '../../src/content/call/call-feature-part';
import { findDock } from '../../src/content/injected-part-dock';
import { InjectedPartLoader, type InjectScript } from '../../src/content/injected-part-loader';
import type { NudgeBannerPart } from '../../src/content/nudge-banner';
import { PageSession } from '../../src/content/page-session';
import type { InjectedPart } from '../../src/messages';
import './extension-globals';

let session: PageSession;
let inject: ReturnType<typeof vi.fn<InjectScript>>;
/** The worker's pending answers, by part. */
let answers: Map<InjectedPart, (injected: boolean) => void>;

const callPart = (): CallFeaturePart => ({ handle: () => undefined, messagesSeen: () => undefined });
const bannerPart = (): NudgeBannerPart => ({ offer: () => undefined, withdraw: () => undefined });

beforeEach(() => {
  session = new PageSession();
  answers = new Map();
  inject = vi.fn<InjectScript>((part) => new Promise((resolve) => answers.set(part, resolve)));
});
afterEach(() => session.stop());

describe('InjectedPartLoader', () => {
  test('asks the worker for the part it loads, once per document however often it is asked, and nothing before', async () => {
    const loader = new InjectedPartLoader(session, 'nudge-banner', inject);
    expect(inject).not.toHaveBeenCalled();
    expect(findDock('nudge-banner')).toBeUndefined();
    const first = loader.load();
    const second = loader.load();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith('nudge-banner');
    expect(second).toBe(first);
  });

  test('the script registering through the dock gives the part, created once in the core\'s page visit', async () => {
    const loader = new InjectedPartLoader(session, 'call', inject);
    const loaded = loader.load();
    const part = callPart();
    const create = vi.fn(() => part);
    const dock = findDock('call');
    dock?.register(create);
    // Injected again after a lost reply: the first part stays.
    dock?.register(create);
    answers.get('call')?.(true);
    expect(await loaded).toBe(part);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(session);
    expect(findDock('call')).toBeUndefined();
  });

  test('each part has its own dock: one part\'s script does not answer for another', async () => {
    const call = new InjectedPartLoader(session, 'call', inject).load();
    const banner = new InjectedPartLoader(session, 'nudge-banner', inject).load();
    const part = bannerPart();
    findDock('nudge-banner')?.register(() => part);
    answers.get('nudge-banner')?.(true);
    answers.get('call')?.(true);
    expect(await banner).toBe(part);
    expect(await call).toBeUndefined();
  });

  test('undefined when the worker could not inject, when it failed, or when the script ran without registering', async () => {
    const refused = new InjectedPartLoader(session, 'call', async () => false);
    expect(await refused.load()).toBeUndefined();
    const failed = new InjectedPartLoader(session, 'call', async () => {
      throw new Error('the extension was reloaded');
    });
    expect(await failed.load()).toBeUndefined();
    const silent = new InjectedPartLoader(session, 'call', async () => true);
    expect(await silent.load()).toBeUndefined();
  });

  test('a stopped page visit (the extension reloaded) takes its dock away and gets nothing, even from a late script', async () => {
    const loaded = new InjectedPartLoader(session, 'call', inject).load();
    const dock = findDock('call');
    session.stop();
    expect(findDock('call')).toBeUndefined();
    const create = vi.fn(callPart);
    dock?.register(create);
    expect(create).not.toHaveBeenCalled();
    expect(await loaded).toBeUndefined();
  });

  test('a newer page visit\'s dock is not removed when an older one stops', () => {
    const older = new PageSession();
    void new InjectedPartLoader(older, 'call', inject).load();
    void new InjectedPartLoader(session, 'call', inject).load();
    const newer = findDock('call');
    older.stop();
    expect(findDock('call')).toBe(newer);
  });
});
