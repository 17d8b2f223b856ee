// What the form holds while the user edits: Settings, except that typed numbers stay as typed, so a
// bad entry reaches the background's validation (and gets its message) instead of becoming NaN or 0.
import type { Settings } from '../shared/settings';

export interface SettingsDraft extends Omit<Settings, 'feedNudgeMinutes' | 'retentionWeeks'> {
  feedNudgeMinutes: string;
  retentionWeeks: string;
}

export function toDraft(settings: Settings): SettingsDraft {
  return {
    ...structuredClone(settings),
    feedNudgeMinutes: String(settings.feedNudgeMinutes),
    retentionWeeks: String(settings.retentionWeeks),
  };
}

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

const typedNumber = (text: string): number | string => (NUMBER.test(text) ? Number(text) : text.trim());

/** The draft as the background expects it; what is not a number is sent as text and rejected there. */
export function fromDraft(draft: SettingsDraft): unknown {
  return {
    ...draft,
    feedNudgeMinutes: typedNumber(draft.feedNudgeMinutes),
    retentionWeeks: typedNumber(draft.retentionWeeks),
  };
}

/** The id of the control for a settings path such as `call.workingHours.end`, for labels and error links. */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;
