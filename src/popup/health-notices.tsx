import type { SelectorHealth, SelectorSurface } from '../shared/store-types';
import { t } from './i18n';

const SURFACE_KEYS: Record<SelectorSurface, string> = {
  feed: 'healthFeedPaused',
  comments: 'healthCommentsPaused',
  messages: 'healthMessagesPaused',
  invitations: 'healthInvitationsPaused',
};

/** One line per LinkedIn surface whose markup stopped matching, so silence is never mistaken for calm. */
export function HealthNotices({ health }: { health: SelectorHealth[] }) {
  const failing = health.filter((h) => !h.ok);
  if (failing.length === 0) return null;
  return (
    <ul class="health">
      {failing.map((h) => (
        <li key={h.surface} data-surface={h.surface}>
          {t(SURFACE_KEYS[h.surface])}
        </li>
      ))}
    </ul>
  );
}
