// Seven bars, one per local day: everything seen, with the broadcast part drawn on top. Hand-written
// SVG because a chart library would cost more to load than the whole popup.
import type { DayPoint } from '../shared/store-types';
import type { Formats } from './format';
import { t } from './i18n';

const WIDTH = 308;
const HEIGHT = 96;
const LABEL_SPACE = 16;
const GAP = 8;

export function DayChart({ days, formats }: { days: DayPoint[]; formats: Formats }) {
  const max = Math.max(1, ...days.map((d) => d.itemsSeen));
  const slot = WIDTH / Math.max(1, days.length);
  const barWidth = slot - GAP;
  const plot = HEIGHT - LABEL_SPACE;
  const describe = days
    .map((d) => t('chartDay', [formats.weekday(d.dayKey), formats.count(d.itemsSeen), formats.count(d.broadcast)]))
    .join('; ');
  return (
    <figure class="day-chart">
      <figcaption>{t('chartCaption')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={describe} preserveAspectRatio="none">
        {days.map((d, i) => {
          const x = i * slot + GAP / 2;
          const seenHeight = (d.itemsSeen / max) * plot;
          const broadcastHeight = (Math.min(d.broadcast, d.itemsSeen) / max) * plot;
          return (
            <g key={d.dayKey} data-day={d.dayKey}>
              <rect class="bar-seen" x={x} y={plot - seenHeight} width={barWidth} height={seenHeight} rx="2" />
              <rect class="bar-broadcast" x={x} y={plot - broadcastHeight} width={barWidth} height={broadcastHeight} rx="2" />
              <text class="bar-label" x={x + barWidth / 2} y={HEIGHT - 3} text-anchor="middle">
                {formats.weekday(d.dayKey)}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="legend" aria-hidden="true">
        <span class="swatch seen" /> {t('chartLegendSeen')} <span class="swatch broadcast" /> {t('chartLegendBroadcast')}
      </p>
    </figure>
  );
}
