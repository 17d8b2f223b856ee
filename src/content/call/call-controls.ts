// The "Suggest a call" row beside a message composer: the button, a live line saying what the click did,
// and, once a time is proposed, the calendar shortcuts for it.
import type { OfferedSlot } from '../../messages';
import { uiText } from '../pattern-names';
import { createShadowHost, element } from '../shadow-host';
import { CALL_CONTROLS_CSS } from './call-styles';
import type { PlaceResult } from './place-draft';

export const CALL_CONTROLS_ROLE = 'call';

export interface CalendarOffer {
  slots: OfferedSlot[];
  icsFileName: string;
}

export interface CallControls {
  host: HTMLElement;
  showResult: (result: PlaceResult) => void;
  /** Shows the shortcuts for the first slot and lets the user pick another; null hides them. */
  showCalendar: (offer: CalendarOffer | null) => void;
  /** Back to the bare button, when the form now writes to another thread. */
  reset: () => void;
}

/**
 * Keys pressed on our controls stay ours: LinkedIn handles Enter in its message form (send on Enter),
 * and a key meant for our button must never reach it.
 */
export function keepKeysInside(host: HTMLElement): void {
  for (const type of ['keydown', 'keypress', 'keyup']) host.addEventListener(type, (event) => event.stopPropagation());
}

const RESULT_KEYS: Record<PlaceResult, string> = {
  inserted: 'callDraftInserted',
  copied: 'callDraftCopied',
  failed: 'callDraftFailed',
};

function link(className: string, text: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer';
  return anchor;
}

export function createCallControls(onSuggest: () => void): CallControls {
  const { host, root } = createShadowHost('not-so-social-call', CALL_CONTROLS_ROLE, CALL_CONTROLS_CSS);
  keepKeysInside(host);
  const bar = element('div', 'bar');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', uiText('callControlsLabel'));

  const button = element('button', 'primary suggest', uiText('callSuggest'));
  button.type = 'button';
  button.title = uiText('callSuggestHint');
  const status = element('span', 'status');
  status.id = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  button.setAttribute('aria-describedby', 'status');
  button.addEventListener('click', (event) => {
    // LinkedIn listens for clicks on its form; this one is ours alone.
    event.stopPropagation();
    onSuggest();
  });

  const calendar = element('span', 'calendar');
  calendar.hidden = true;
  const calendarLabel = element('span', 'calendar-label', uiText('callCalendar'));
  const slotChoice = element('select', 'slot');
  slotChoice.setAttribute('aria-label', uiText('callCalendarSlot'));
  const google = link('google', uiText('callCalendarGoogle'));
  const outlook = link('outlook', uiText('callCalendarOutlook'));
  const ics = element('a', 'ics', uiText('callCalendarIcs'));
  calendar.append(calendarLabel, slotChoice, google, outlook, ics);
  bar.append(button, status, calendar);
  root.append(bar);

  let icsUrl: string | null = null;
  const releaseIcs = (): void => {
    if (icsUrl) URL.revokeObjectURL(icsUrl);
    icsUrl = null;
  };

  const showSlot = (offer: CalendarOffer, slot: OfferedSlot): void => {
    google.href = slot.google;
    outlook.href = slot.outlook;
    releaseIcs();
    // A Blob URL and a[download] save the file without any download permission.
    icsUrl = URL.createObjectURL(new Blob([slot.icsText], { type: 'text/calendar;charset=utf-8' }));
    ics.href = icsUrl;
    ics.download = offer.icsFileName;
  };

  const hideCalendar = (): void => {
    calendar.hidden = true;
    releaseIcs();
  };

  return {
    host,
    reset: () => {
      status.textContent = '';
      delete host.dataset.result;
      hideCalendar();
    },
    showResult: (result) => {
      status.textContent = uiText(RESULT_KEYS[result]);
      host.dataset.result = result;
    },
    showCalendar: (offer) => {
      const first = offer?.slots[0];
      if (!offer || !first) {
        hideCalendar();
        return;
      }
      slotChoice.replaceChildren(
        ...offer.slots.map((slot, index) => {
          const option = element('option', '', slot.label);
          option.value = String(index);
          return option;
        }),
      );
      slotChoice.hidden = offer.slots.length < 2;
      slotChoice.onchange = () => {
        const chosen = offer.slots[Number(slotChoice.value)];
        if (chosen) showSlot(offer, chosen);
      };
      showSlot(offer, first);
      calendar.hidden = false;
    },
  };
}
