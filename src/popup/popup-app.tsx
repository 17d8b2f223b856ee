import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { WeeklySummary } from '../shared/store-types';
import type { PopupConnector } from './connector';

const t = (key: string, substitutions?: string[]): string => browser.i18n.getMessage(key, substitutions) || key;

export function PopupApp({ connector }: { connector: PopupConnector }) {
  const [summary, setSummary] = useState<WeeklySummary | null>(null);
  useEffect(() => {
    void connector.weeklySummary().then(setSummary);
  }, [connector]);

  if (!summary) return <main aria-busy="true" />;
  const count = summary.thisWeek.totals.tagHijackComments;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p data-testid="tag-hijack-week">{count === 1 ? t('popupWeekTagHijackOne') : t('popupWeekTagHijack', [String(count)])}</p>
      <p>{t('popupPrivacy')}</p>
    </main>
  );
}
