import { PATTERNS, type Pattern } from '../detect/types';
import { DISPLAY_MODES, FEED_NUDGE_MINUTES_MAX, RETENTION_WEEKS_MAX, SENSITIVITIES } from '../shared/settings';
import { t } from '../popup/i18n';
import { Checkbox, ChoiceGroup, FieldError, Section, TextField, type FieldErrors } from './form-controls';
import type { SettingsDraft } from './settings-draft';
import { fieldId } from './settings-draft';

export type Edit = (change: (draft: SettingsDraft) => void) => void;

const PATTERN_KEYS: Record<Pattern, string> = {
  templated: 'patternTemplated',
  'tag-hijack': 'patternTagHijack',
  'engagement-bait': 'patternEngagementBait',
  'pod-comment': 'patternPodComment',
};

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

interface GeneralSettingsProps {
  draft: SettingsDraft;
  edit: Edit;
  errors: FieldErrors;
  requestNotifications: () => Promise<boolean>;
}

export function GeneralSettings({ draft, edit, errors, requestNotifications }: GeneralSettingsProps) {
  return (
    <Section id="warnings" title={t('optionsWarningsTitle')}>
      <ChoiceGroup
        path="sensitivity"
        legend={t('optionsSensitivity')}
        choices={SENSITIVITIES.map((value) => ({ value, label: t(`sensitivity${capitalised(value)}`), hint: t(`sensitivity${capitalised(value)}Hint`) }))}
        value={draft.sensitivity}
        onValue={(value) => edit((d) => {
          d.sensitivity = value;
        })}
        errors={errors}
      />
      <fieldset id={fieldId('patterns')} tabIndex={-1}>
        <legend>{t('optionsPatterns')}</legend>
        {PATTERNS.map((pattern) => (
          <Checkbox
            key={pattern}
            path={`patterns.${pattern}`}
            label={t(PATTERN_KEYS[pattern])}
            checked={draft.patterns[pattern]}
            onChecked={(on) => edit((d) => {
              d.patterns[pattern] = on;
            })}
            errors={errors}
          />
        ))}
        <FieldError path="patterns" errors={errors} />
      </fieldset>
      <ChoiceGroup
        path="display"
        legend={t('optionsDisplay')}
        choices={DISPLAY_MODES.map((value) => ({ value, label: t(`display${capitalised(value)}`) }))}
        value={draft.display}
        onValue={(value) => edit((d) => {
          d.display = value;
        })}
        errors={errors}
      />
      <TextField
        path="feedNudgeMinutes"
        label={t('optionsFeedNudge')}
        hint={t('optionsFeedNudgeHint', [String(FEED_NUDGE_MINUTES_MAX)])}
        inputMode="numeric"
        value={draft.feedNudgeMinutes}
        onValue={(value) => edit((d) => {
          d.feedNudgeMinutes = value;
        })}
        errors={errors}
      />
      <TextField
        path="retentionWeeks"
        label={t('optionsRetention')}
        hint={t('optionsRetentionHint', [String(RETENTION_WEEKS_MAX)])}
        inputMode="numeric"
        value={draft.retentionWeeks}
        onValue={(value) => edit((d) => {
          d.retentionWeeks = value;
        })}
        errors={errors}
      />
      <Checkbox
        path="weeklyNotification"
        label={t('optionsWeeklyNotification')}
        checked={draft.weeklyNotification}
        onChecked={(on) => {
          // The permission is optional: asked for only when the user switches the notification on.
          const granted = on ? requestNotifications() : Promise.resolve(false);
          void granted.then((allowed) => edit((d) => {
            d.weeklyNotification = on && allowed;
          }));
        }}
        errors={errors}
      />
    </Section>
  );
}
