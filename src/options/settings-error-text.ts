// The background reports validation errors as a code with its values; this puts them into the
// user's language, keeping the English message for any code the catalog does not know yet.
import type { SettingsError, SettingsErrorCode } from '../shared/settings';
import { t } from '../popup/i18n';

/** Codes whose first value is the field's English label, which the page swaps for its own label. */
const LABELLED: ReadonlySet<SettingsErrorCode> = new Set<SettingsErrorCode>([
  'not-one-of',
  'not-on-off',
  'out-of-range',
  'not-text',
  'needs-https-prefix',
  'not-a-web-address',
  'not-https-url',
  'bad-clock-time',
]);

/** Only the labels that read as a noun inside a sentence; the others keep the English label. */
const LABEL_KEYS: Readonly<Record<string, string>> = {
  sensitivity: 'optionsSensitivity',
  'call.schedulingLink': 'optionsSchedulingLink',
  'call.videoRoomLink': 'optionsVideoRoomLink',
  'call.phoneNumber': 'optionsPhoneNumber',
  'call.callMinutes': 'optionsCallLength',
  'call.timeZone': 'optionsTimeZone',
};

export const settingsErrorKey = (code: SettingsErrorCode): string => `settingsError_${code.replaceAll('-', '_')}`;

export function settingsErrorText(error: SettingsError): string {
  const labelKey = LABEL_KEYS[error.field];
  const params = labelKey && LABELLED.has(error.code) ? [t(labelKey), ...error.params.slice(1)] : error.params;
  const key = settingsErrorKey(error.code);
  const text = t(key, params);
  return text === key ? error.message : text;
}
