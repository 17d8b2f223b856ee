// The quiet note a thread gets once, when it has just become a conversation that deserves a call.
import { uiText } from '../pattern-names';
import { createShadowHost, element } from '../shadow-host';
import { keepKeysInside } from './call-controls';
import { CALL_NUDGE_CSS } from './call-styles';

export const CALL_NUDGE_ROLE = 'call-nudge';

export interface NudgeFacts {
  firstName: string;
  /** Messages both ways in the last 7 days. */
  traded: number;
}

export function createCallNudge(facts: NudgeFacts, onSuggest: () => void): HTMLElement {
  const { host, root } = createShadowHost('not-so-social-call-nudge', CALL_NUDGE_ROLE, CALL_NUDGE_CSS);
  keepKeysInside(host);
  const note = element('div', 'note');
  note.setAttribute('role', 'note');
  const text = facts.firstName === ''
    ? uiText('callNudgeNoName', [String(facts.traded)])
    : uiText('callNudge', [facts.firstName, String(facts.traded)]);
  const suggest = element('button', 'primary suggest', uiText('callSuggest'));
  suggest.type = 'button';
  const dismiss = element('button', 'dismiss', uiText('callNudgeDismiss'));
  dismiss.type = 'button';
  suggest.addEventListener('click', (event) => {
    event.stopPropagation();
    host.remove();
    onSuggest();
  });
  dismiss.addEventListener('click', (event) => {
    event.stopPropagation();
    host.remove();
  });
  note.append(element('span', 'text', text), suggest, dismiss);
  root.append(note);
  return host;
}
