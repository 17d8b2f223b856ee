import type { Verdict } from '../detect/types';
import { COLLAPSE_BAR_CSS } from './display-styles';
import { patternName, uiText } from './pattern-names';
import { createShadowHost, element } from './shadow-host';

/** The one-line bar a collapsed item hides behind: "Engagement bait — reason — show". */
export function createCollapseBar(verdict: Verdict, onShow: () => void): HTMLElement {
  const { host, root } = createShadowHost('not-so-social-collapsed', 'collapsed', COLLAPSE_BAR_CSS);
  host.dataset.pattern = verdict.pattern;
  const name = patternName(verdict.pattern);
  const reason = verdict.reasons[0]?.text;

  const bar = element('div', 'bar');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', `${uiText('labelPrefix')}: ${uiText('collapsedItem')}`);
  const text = element('span', 'text');
  text.append(element('span', 'name', name));
  if (reason) text.append(element('span', 'reason', ` — ${reason}`));
  const show = element('button', 'show', uiText('showCollapsed'));
  show.type = 'button';
  show.setAttribute('aria-label', `${uiText('showCollapsed')}: ${name}`);
  show.addEventListener('click', (event) => {
    event.stopPropagation();
    onShow();
  });
  bar.append(text, show);
  root.append(bar);
  return host;
}
