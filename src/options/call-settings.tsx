// The "Suggest a call" settings: what the draft offers, when the user can take calls, and its wording.
import { CALL_MINUTES, PROPOSAL_KINDS, type ProposalKind, type Weekday } from '../shared/settings';
import { t } from '../popup/i18n';
import { Checkbox, ChoiceGroup, FieldError, Section, TextField, type FieldErrors } from './form-controls';
import type { Edit } from './general-settings';
import { fieldId } from './settings-draft';
import type { SettingsDraft } from './settings-draft';

/** Monday first: the order most of the four UI languages' calendars use. */
const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

const PROPOSAL_KEYS: Record<ProposalKind, string> = {
  link: 'proposalLink',
  slots: 'proposalSlots',
  room: 'proposalRoom',
  phone: 'proposalPhone',
};

/** 4 January 2026 was a Sunday: day `n` of that week has `Date#getDay() === n`. */
const weekdayName = (day: Weekday, locale: string): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 4 + day)));

const KNOWN_TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

function ProposalOrder({ order, edit, errors }: { order: ProposalKind[]; edit: Edit; errors: FieldErrors }) {
  const move = (from: number, to: number) =>
    edit((d) => {
      d.call.proposalOrder = moved(d.call.proposalOrder, from, to);
    });
  const missing = PROPOSAL_KINDS.filter((kind) => !order.includes(kind));
  return (
    <fieldset id={fieldId('call.proposalOrder')} tabIndex={-1}>
      <legend>{t('optionsProposalOrder')}</legend>
      <p class="hint">{t('optionsProposalOrderHint')}</p>
      <ol class="proposal-order">
        {order.map((kind, i) => (
          <li key={kind} data-kind={kind}>
            <span>{t(PROPOSAL_KEYS[kind])}</span>
            <button type="button" disabled={i === 0} aria-label={t('optionsMoveUp', [t(PROPOSAL_KEYS[kind])])} onClick={() => move(i, i - 1)}>
              ↑
            </button>
            <button type="button" disabled={i === order.length - 1} aria-label={t('optionsMoveDown', [t(PROPOSAL_KEYS[kind])])} onClick={() => move(i, i + 1)}>
              ↓
            </button>
          </li>
        ))}
      </ol>
      {missing.map((kind) => (
        <button
          type="button"
          key={kind}
          onClick={() =>
            edit((d) => {
              d.call.proposalOrder = [...d.call.proposalOrder, kind];
            })
          }
        >
          {t('optionsAddProposal', [t(PROPOSAL_KEYS[kind])])}
        </button>
      ))}
      <FieldError path="call.proposalOrder" errors={errors} />
    </fieldset>
  );
}

export function CallSettings(props: { draft: SettingsDraft; edit: Edit; errors: FieldErrors; locale: string; browserTimeZone: string }) {
  const { draft, edit, errors, locale } = props;
  const call = draft.call;
  return (
    <Section id="call" title={t('optionsCallTitle')}>
      <TextField
        path="call.schedulingLink"
        label={t('optionsSchedulingLink')}
        hint={t('optionsSchedulingLinkHint')}
        type="url"
        placeholder="https://cal.com/…"
        value={call.schedulingLink}
        onValue={(value) => edit((d) => {
          d.call.schedulingLink = value;
        })}
        errors={errors}
      />
      <TextField
        path="call.videoRoomLink"
        label={t('optionsVideoRoomLink')}
        hint={t('optionsVideoRoomLinkHint')}
        type="url"
        placeholder="https://meet.google.com/…"
        value={call.videoRoomLink}
        onValue={(value) => edit((d) => {
          d.call.videoRoomLink = value;
        })}
        errors={errors}
      />
      <TextField
        path="call.phoneNumber"
        label={t('optionsPhoneNumber')}
        type="tel"
        placeholder="+49 30 1234567"
        value={call.phoneNumber}
        onValue={(value) => edit((d) => {
          d.call.phoneNumber = value;
        })}
        errors={errors}
      />
      <ChoiceGroup
        path="call.callMinutes"
        legend={t('optionsCallLength')}
        choices={CALL_MINUTES.map((value) => ({
          value,
          label: new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(value),
        }))}
        value={call.callMinutes}
        onValue={(value) => edit((d) => {
          d.call.callMinutes = value;
        })}
        errors={errors}
      />
      <fieldset id={fieldId('call.workingHours')} tabIndex={-1} class="working-hours">
        <legend>{t('optionsWorkingHours')}</legend>
        <TextField
          path="call.workingHours.start"
          label={t('optionsWorkingHoursStart')}
          inputMode="numeric"
          placeholder="09:00"
          value={call.workingHours.start}
          onValue={(value) => edit((d) => {
          d.call.workingHours.start = value;
        })}
          errors={errors}
        />
        <TextField
          path="call.workingHours.end"
          label={t('optionsWorkingHoursEnd')}
          inputMode="numeric"
          placeholder="17:00"
          value={call.workingHours.end}
          onValue={(value) => edit((d) => {
          d.call.workingHours.end = value;
        })}
          errors={errors}
        />
        <FieldError path="call.workingHours" errors={errors} />
      </fieldset>
      <fieldset id={fieldId('call.workingDays')} tabIndex={-1} class="working-days">
        <legend>{t('optionsWorkingDays')}</legend>
        {WEEK.map((day) => (
          <Checkbox
            key={day}
            path={`call.workingDays.${day}`}
            label={weekdayName(day, locale)}
            checked={call.workingDays.includes(day)}
            onChecked={(on) =>
              edit((d) => {
                const others = d.call.workingDays.filter((other) => other !== day);
                d.call.workingDays = on ? [...others, day].sort((a, b) => a - b) : others;
              })
            }
            errors={errors}
          />
        ))}
        <FieldError path="call.workingDays" errors={errors} />
      </fieldset>
      <TextField
        path="call.timeZone"
        label={t('optionsTimeZone')}
        hint={t('optionsTimeZoneHint', [props.browserTimeZone])}
        placeholder={props.browserTimeZone}
        list="known-time-zones"
        value={call.timeZone}
        onValue={(value) => edit((d) => {
          d.call.timeZone = value;
        })}
        errors={errors}
      />
      <datalist id="known-time-zones">
        {KNOWN_TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextField
        path="call.draftTemplate"
        label={t('optionsDraftTemplate')}
        hint={t('optionsDraftTemplateHint')}
        multiline
        value={call.draftTemplate}
        onValue={(value) => edit((d) => {
          d.call.draftTemplate = value;
        })}
        errors={errors}
      />
      <ProposalOrder order={call.proposalOrder} edit={edit} errors={errors} />
    </Section>
  );
}
