import type { Pattern, Verdict } from '../detect/types';
import { LABEL_CSS } from './label-styles';
import { patternName, uiText } from './pattern-names';
import { createShadowHost, element } from './shadow-host';

export { OWN_NODE_ATTRIBUTE } from './own-node';

let nextId = 0;

/** A pattern's label with everything but the item's own reasons, and the pattern's name for the aria-label. */
interface LabelTemplate {
  wrap: HTMLElement;
  name: string;
}

// What every label of a pattern shares (its name, the "why" line, the button, roles and tab stop) is built
// once per page and cloned: a feed with five hundred flagged items pays five hundred clones, not five
// hundred rounds of element creation, attribute writes and locale look-ups.
const templates = new Map<Pattern, LabelTemplate>();

function templateFor(pattern: Pattern): LabelTemplate {
  const known = templates.get(pattern);
  if (known) return known;
  const name = patternName(pattern);
  const wrap = element('span', 'wrap');
  const pill = element('span', 'pill');
  pill.tabIndex = 0;
  pill.setAttribute('role', 'note');
  pill.append(element('span', 'dot'), element('span', 'name', name), element('span', 'headline'));
  const details = element('div', 'details');
  details.setAttribute('role', 'tooltip');
  const button = element('button', 'not-broadcast', uiText('notBroadcast'));
  button.type = 'button';
  details.append(element('p', 'why', uiText(`why_${pattern.replace('-', '_')}`)), element('ul', 'reasons'), button);
  wrap.append(pill, details);
  const template = { wrap, name: `${uiText('labelPrefix')}: ${name}` };
  templates.set(pattern, template);
  return template;
}

/**
 * Builds the label for one flagged item inside a shadow root. Page text (the reasons quote counts,
 * never the page) is set with textContent only.
 */
export function createLabel(verdict: Verdict, onNotBroadcast: () => void): HTMLElement {
  const { host, root } = createShadowHost('not-so-social-label', 'label', LABEL_CSS);
  host.dataset.pattern = verdict.pattern;
  host.dataset.level = verdict.level;

  const template = templateFor(verdict.pattern);
  const wrap = template.wrap.cloneNode(true) as HTMLElement;
  wrap.className = `wrap ${verdict.level}`;
  const pill = wrap.firstElementChild as HTMLElement;
  const details = wrap.lastElementChild as HTMLElement;
  const detailsId = `nss-details-${nextId++}`;
  pill.setAttribute('aria-label', `${template.name}. ${verdict.reasons.map((r) => r.text).join('. ')}`);
  pill.setAttribute('aria-describedby', detailsId);
  (pill.lastElementChild as HTMLElement).textContent = verdict.reasons[0]?.text ?? patternName(verdict.pattern);
  details.id = detailsId;
  const reasons = details.children[1] as HTMLElement;
  for (const reason of verdict.reasons) reasons.append(element('li', '', reason.text));
  (details.lastElementChild as HTMLElement).addEventListener('click', (event) => {
    event.stopPropagation();
    onNotBroadcast();
  });
  root.append(wrap);
  return host;
}
