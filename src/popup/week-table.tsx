import { t } from './i18n';
import type { Formats } from './format';
import { trendOf, trendTone, type Metric, type Trend } from './week-metrics';

const ARROWS: Record<Trend, string> = { up: '↑', down: '↓', same: '=', unknown: '' };
const TREND_KEYS: Record<Trend, string> = { up: 'trendUp', down: 'trendDown', same: 'trendSame', unknown: 'trendUnknown' };

function formatValue(metric: Metric, value: number | null, formats: Formats): string {
  if (value === null) return '–';
  if (metric.format === 'share') return formats.share(value);
  if (metric.format === 'duration') return formats.duration(value);
  return formats.count(value);
}

/**
 * `soFarUntil` is the last day of last week that the trend compares with, when the week is not over:
 * the table then shows last week up to that day and, beside it, the whole of last week.
 */
export function WeekTable({ metrics, formats, soFarUntil }: { metrics: Metric[]; formats: Formats; soFarUntil: string | null }) {
  const partial = soFarUntil !== null;
  // The arrow sits right after the value it compares with; the whole of last week, when shown, comes last.
  return (
    <table class="week-table">
      <caption class="visually-hidden">{t('popupTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" class="visually-hidden">{t('popupColumnWhat')}</th>
          <th scope="col">{t('popupColumnThisWeek')}</th>
          <th scope="col">{partial ? t('popupColumnLastWeekSoFar', [formats.weekday(soFarUntil)]) : t('popupColumnLastWeek')}</th>
          <th scope="col" class="visually-hidden">{t('popupColumnChange')}</th>
          {partial && (
            <th scope="col" class="last-week">
              {t('popupColumnLastWeekWhole')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric) => {
          const trend = trendOf(metric);
          return (
            <tr key={metric.id} data-metric={metric.id}>
              <th scope="row">{t(metric.labelKey)}</th>
              <td class="this-week">{formatValue(metric, metric.thisWeek, formats)}</td>
              <td class={partial ? 'last-week-so-far' : 'last-week'}>
                {formatValue(metric, partial ? metric.lastWeekSoFar : metric.lastWeek, formats)}
              </td>
              <td class={`trend ${trendTone(metric, trend)}`} data-trend={trend}>
                <span aria-hidden="true">{ARROWS[trend]}</span>
                <span class="visually-hidden">{t(TREND_KEYS[trend])}</span>
              </td>
              {partial && <td class="last-week">{formatValue(metric, metric.lastWeek, formats)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
