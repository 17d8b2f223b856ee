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
  return (
    <table class="week-table">
      <caption class="visually-hidden">{t('popupTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" class="visually-hidden">{t('popupColumnWhat')}</th>
          <th scope="col">{t('popupColumnThisWeek')}</th>
          {soFarUntil !== null && <th scope="col">{t('popupColumnLastWeekSoFar', [formats.weekday(soFarUntil)])}</th>}
          <th scope="col">{t(soFarUntil === null ? 'popupColumnLastWeek' : 'popupColumnLastWeekWhole')}</th>
          <th scope="col" class="visually-hidden">{t('popupColumnChange')}</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric) => {
          const trend = trendOf(metric);
          return (
            <tr key={metric.id} data-metric={metric.id}>
              <th scope="row">{t(metric.labelKey)}</th>
              <td class="this-week">{formatValue(metric, metric.thisWeek, formats)}</td>
              {soFarUntil !== null && <td class="last-week-so-far">{formatValue(metric, metric.lastWeekSoFar, formats)}</td>}
              <td class="last-week">{formatValue(metric, metric.lastWeek, formats)}</td>
              <td class={`trend ${trendTone(metric, trend)}`} data-trend={trend}>
                <span aria-hidden="true">{ARROWS[trend]}</span>
                <span class="visually-hidden">{t(TREND_KEYS[trend])}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
