// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { watchNavigation } from '../../src/content/navigation-watch';
import { PageSession } from '../../src/content/page-session';

let session: PageSession;
afterEach(() => session?.stop());

describe('watchNavigation', () => {
  test('a pushState navigation is noticed on the next check, once', () => {
    session = new PageSession();
    const changed = vi.fn();
    const watch = watchNavigation(session, changed);
    watch.check();
    expect(changed).not.toHaveBeenCalled();
    history.pushState({}, '', '/feed/update/urn:li:activity:1/');
    watch.check();
    watch.check();
    expect(changed).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/\/feed\/update\/urn:li:activity:1\/$/));
  });

  test('back and forward arrive through popstate', () => {
    session = new PageSession();
    const changed = vi.fn();
    watchNavigation(session, changed);
    history.pushState({}, '', '/messaging/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changed).toHaveBeenCalledOnce();
  });

  test('uses the Navigation API where the browser has it', () => {
    session = new PageSession();
    const navigation = new EventTarget();
    (window as { navigation?: EventTarget }).navigation = navigation;
    const changed = vi.fn();
    watchNavigation(session, changed);
    history.pushState({}, '', '/mynetwork/invitation-manager/');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(changed).toHaveBeenCalledOnce();
    delete (window as { navigation?: EventTarget }).navigation;
  });

  test('stops with the session', () => {
    session = new PageSession();
    const changed = vi.fn();
    const watch = watchNavigation(session, changed);
    session.stop();
    history.pushState({}, '', '/feed/');
    watch.check();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changed).not.toHaveBeenCalled();
  });
});
