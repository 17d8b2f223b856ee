import type { Verdict } from '../detect/types';
import { LABEL_CSS } from './label-styles';
import { patternName, uiText } from './pattern-names';
import { createShadowHost, element } from './shadow-host';

export { OWN_NODE_ATTRIBUTE } from './own-node';

let nextId = 0;

/**
 * Builds the label for one flagged item inside a shadow root. Page text (the reasons quote counts,
 * never the page) is set with textContent only.
 */
export function createLabel(verdict: Verdict, onNotBroadcast: () => void): HTMLElement {
  const { host, root } = createShadowHost('not-so-social-label', 'label', LABEL_CSS);
  host.dataset.pattern = verdict.pattern;
  host.dataset.level = verdict.level;

  const detailsId = `nss-details-${nextId++}`;
  const name = patternName(verdict.pattern);
  const headline = verdict.reasons[0]?.text ?? name;

  const wrap = element('span', `wrap ${verdict.level}`);
  const pill = element('span', 'pill');
  pill.tabIndex = 0;
  pill.setAttribute('role', 'note');
  pill.setAttribute('aria-label', `${uiText('labelPrefix')}: ${name}. ${verdict.reasons.map((r) => r.text).join('. ')}`);
  pill.setAttribute('aria-describedby', detailsId);
  pill.append(element('span', 'dot'), element('span', 'name', name), element('span', 'headline', headline));

  const details = element('div', 'details');
  details.id = detailsId;
  details.setAttribute('role', 'tooltip');
  const reasons = element('ul', 'reasons');
  for (const reason of verdict.reasons) reasons.append(element('li', '', reason.text));
  const button = element('button', 'not-broadcast', uiText('notBroadcast'));
  button.type = 'button';
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onNotBroadcast();
  });
  details.append(element('p', 'why', uiText(`why_${verdict.pattern.replace('-', '_')}`)), reasons, button);

  wrap.append(pill, details);
  root.append(wrap);
  return host;
}
