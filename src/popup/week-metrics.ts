// The rows of the popup's "this week against last week" table, and which direction is good news.
import type { WeekTotals } from '../shared/store-types';

export type MetricFormat = 'count' | 'share' | 'duration';

/** Broadcast going down is good news, calls going up is; posts seen is neither. */
export type GoodDirection = 'up' | 'down' | 'neither';

export type Trend = 'up' | 'down' | 'same' | 'unknown';

export interface Metric {
  id: string;
  /** _locales key of the row's label. */
  labelKey: string;
  format: MetricFormat;
  good: GoodDirection;
  thisWeek: number | null;
  /** Last week up to the same weekday: what the trend compares with. */
  lastWeekSoFar: number | null;
  /** The whole of last week, shown beside it. */
  lastWeek: number | null;
}

interface MetricSpec {
  id: string;
  labelKey: string;
  format: MetricFormat;
  good: GoodDirection;
  read: (totals: WeekTotals) => number | null;
}

const SPECS: readonly MetricSpec[] = [
  { id: 'posts-seen', labelKey: 'metricPostsSeen', format: 'count', good: 'neither', read: (w) => w.seen.post },
  { id: 'broadcast-share', labelKey: 'metricBroadcastShare', format: 'share', good: 'down', read: (w) => w.broadcastShare },
  { id: 'tag-hijack', labelKey: 'metricTagHijack', format: 'count', good: 'down', read: (w) => w.tagHijackComments },
  { id: 'templated', labelKey: 'metricTemplated', format: 'count', good: 'down', read: (w) => w.templatedMessages + w.templatedInvites },
  { id: 'engagement-bait', labelKey: 'metricEngagementBait', format: 'count', good: 'down', read: (w) => w.engagementBait },
  { id: 'feed-time', labelKey: 'metricFeedTime', format: 'duration', good: 'down', read: (w) => w.feedMs },
  { id: 'calls-suggested', labelKey: 'metricCallsSuggested', format: 'count', good: 'up', read: (w) => w.callsSuggested },
  { id: 'calls-proposed', labelKey: 'metricCallsProposed', format: 'count', good: 'up', read: (w) => w.callsProposed },
];

export function weekMetrics(thisWeek: WeekTotals, lastWeekSoFar: WeekTotals, lastWeek: WeekTotals): Metric[] {
  return SPECS.map(({ read, ...spec }) => ({
    ...spec,
    thisWeek: read(thisWeek),
    lastWeekSoFar: read(lastWeekSoFar),
    lastWeek: read(lastWeek),
  }));
}

/**
 * Feed time moves by a few seconds every day; a change under a minute (or half a percentage point of
 * broadcast share) is shown as no change rather than as an arrow.
 */
const NOISE: Record<MetricFormat, number> = { count: 0, share: 0.005, duration: 60_000 };

/** This week so far against last week up to the same weekday: early in a week, not against a whole week. */
export function trendOf(metric: Metric): Trend {
  if (metric.thisWeek === null || metric.lastWeekSoFar === null) return 'unknown';
  const change = metric.thisWeek - metric.lastWeekSoFar;
  if (Math.abs(change) <= NOISE[metric.format]) return 'same';
  return change > 0 ? 'up' : 'down';
}

/** Whether a trend is good news, bad news, or neither, for colouring the arrow. */
export function trendTone(metric: Metric, trend: Trend): 'good' | 'bad' | 'neutral' {
  if (metric.good === 'neither' || trend === 'same' || trend === 'unknown') return 'neutral';
  return trend === metric.good ? 'good' : 'bad';
}
