import type { Verdict } from '../detect/types';
import { sendMessage } from '../shared/send-message';
import { OWN_NODE_ATTRIBUTE } from './label';
import { ItemScanner } from './item-scanner';
import { PageSession } from './page-session';
import { ReportQueue } from './report-queue';
import { watchAddedRoots } from './watch-added-roots';

async function start(session: PageSession): Promise<void> {
  const state = await sendMessage({ type: 'content/page-state' });
  const corrected = new Set(state.correctedIds);
  const reports = new ReportQueue(session);
  const scanner = new ItemScanner({
    options: () => ({ sensitivity: 'balanced' }),
    corrected,
    report: (report) => reports.add(report),
    correct: (id: string, verdict: Verdict) => {
      corrected.add(id);
      void sendMessage({ type: 'content/correction', id, pattern: verdict.pattern });
    },
  });
  watchAddedRoots(session, document.body, (roots) => {
    const pageRoots = roots.filter((root) => !root.closest(`[${OWN_NODE_ATTRIBUTE}]`));
    if (pageRoots.length > 0) void scanner.scan(pageRoots);
  });
}

const session = new PageSession();
start(session).catch(() => session.stop());
