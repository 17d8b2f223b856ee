import type { Pattern } from '../detect/types';
import { localText } from './extension-api';

const MESSAGE_KEYS: Record<Pattern, string> = {
  'tag-hijack': 'patternTagHijack',
  templated: 'patternTemplated',
  'engagement-bait': 'patternEngagementBait',
  'pod-comment': 'patternPodComment',
};

/** The pattern's name in the browser's language, from _locales. */
export function patternName(pattern: Pattern): string {
  return localText(MESSAGE_KEYS[pattern]) || pattern;
}

export function uiText(key: string, substitutions?: string[]): string {
  return localText(key, substitutions) || key;
}
