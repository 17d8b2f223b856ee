import { startCallFeature } from './call/call-feature';
import { PageSession } from './page-session';
import { startPage } from './start-page';

const session = new PageSession();
startPage(session).catch(() => session.stop());
startCallFeature(session).catch(() => session.isAlive());
