import { PageSession } from './page-session';
import { startPage } from './start-page';

const session = new PageSession();
startPage(session).catch(() => session.stop());
