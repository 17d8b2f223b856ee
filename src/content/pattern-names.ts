import browser from 'webextension-polyfill';
import type { Pattern } from '../detect/types';

const MESSAGE_KEYS: Record<Pattern, string> = {
  'tag-hijack': 'patternTagHijack',
  templated: 'patternTemplated',
  'engagement-bait': 'patternEngagementBait',
  'pod-comment': 'patternPodComment',
};

/** The pattern's name in the browser's language, from _locales. */
export function patternName(pattern: Pattern): string {
  return browser.i18n.getMessage(MESSAGE_KEYS[pattern]) || pattern;
}

export function uiText(key: string): string {
  return browser.i18n.getMessage(key) || key;
}
