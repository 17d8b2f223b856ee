import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { WeeklySummary } from '../shared/store-types';
import type { PopupConnector } from './connector';
import { ConversationLinks } from './conversation-links';
import { DayChart } from './day-chart';
import { createFormats, type Formats } from './format';
import { HealthNotices } from './health-notices';
import { SUMMARY_SHOWN_MARK } from './summary-shown-mark';
import { t, tCount } from './i18n';
import { weekMetrics } from './week-metrics';
import { WeekTable } from './week-table';
import { weekSentence, type SentencePart } from './week-sentence';

function partText(part: SentencePart, formats: Formats): string {
  if (part.count !== undefined) return tCount(part.key, part.count, formats.count(part.count));
  if (part.share !== undefined) return t(part.key, [formats.share(part.share)]);
  return t(part.key);
}

export function sentenceText(summary: WeeklySummary, formats: Formats): string {
  const { feed, calls } = weekSentence(summary);
  const first = partText(feed, formats);
  return calls ? t('weekSentenceJoin', [first, partText(calls, formats)]) : t('weekSentenceAlone', [first]);
}

function SettingsButton({ connector }: { connector: PopupConnector }) {
  return (
    <button type="button" class="link-button" onClick={() => void connector.openOptions()}>
      {t('popupOpenSettings')}
    </button>
  );
}

function FirstRun({ connector }: { connector: PopupConnector }) {
  return (
    <main data-state="first-run" aria-labelledby="title">
      <h1 id="title">{t('extName')}</h1>
      <p class="lead">{t('firstRunWhat')}</p>
      <p>{t('firstRunHow')}</p>
      <p class="privacy">{t('popupPrivacy')}</p>
      <footer>
        <SettingsButton connector={connector} />
      </footer>
    </main>
  );
}

function Summary({ summary, connector, formats }: { summary: WeeklySummary; connector: PopupConnector; formats: Formats }) {
  const totals = summary.thisWeek.totals;
  const count = totals.tagHijackComments;
  return (
    <main data-state="summary" aria-labelledby="title">
      <header>
        <h1 id="title">{t('extName')}</h1>
        <p class="week-range">{formats.dayRange(summary.thisWeek.startDayKey, summary.thisWeek.endDayKey)}</p>
      </header>
      <p class="sentence" data-testid="week-sentence">{sentenceText(summary, formats)}</p>
      <HealthNotices health={summary.selectorHealth} />
      <p data-testid="tag-hijack-week" class="headline-count">
        {tCount('popupWeekTagHijack', count, formats.count(count))}
      </p>
      <WeekTable
        metrics={weekMetrics(totals, summary.lastWeekSoFar.totals, summary.lastWeek.totals)}
        formats={formats}
        soFarUntil={summary.lastWeekSoFar.endDayKey === summary.lastWeek.endDayKey ? null : summary.lastWeekSoFar.endDayKey}
      />
      <DayChart days={summary.days} formats={formats} />
      <ConversationLinks conversations={summary.conversations} connector={connector} formats={formats} />
      <footer>
        <p class="privacy">{t('popupPrivacy')}</p>
        <SettingsButton connector={connector} />
      </footer>
    </main>
  );
}

type Load = { state: 'loading' } | { state: 'ready'; summary: WeeklySummary } | { state: 'failed' };

export function PopupApp({ connector, locale }: { connector: PopupConnector; locale: string }) {
  // Asked for during the first render, not in an effect: an effect would wait a frame before asking.
  const [request] = useState(() => connector.weeklySummary());
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const formats = useMemo(() => createFormats(locale), [locale]);
  useEffect(() => {
    request.then(
      (summary) => setLoad({ state: 'ready', summary }),
      () => setLoad({ state: 'failed' }),
    );
  }, [request]);
  // A layout effect runs as soon as the summary is in the DOM, which is what the benchmark measures.
  useLayoutEffect(() => {
    if (load.state === 'ready') performance.mark(SUMMARY_SHOWN_MARK);
  }, [load.state]);

  if (load.state === 'loading') return <main aria-busy="true" />;
  if (load.state === 'failed') {
    return (
      <main data-state="failed">
        <h1>{t('extName')}</h1>
        <p role="alert">{t('popupSummaryFailed')}</p>
      </main>
    );
  }
  if (load.summary.isEmpty) return <FirstRun connector={connector} />;
  return <Summary summary={load.summary} connector={connector} formats={formats} />;
}
