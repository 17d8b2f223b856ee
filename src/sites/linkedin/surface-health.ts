// Whether a page still shows what the adapter can read, judged from structure alone (no UI words): the
// answer selector health gives after waiting. A surface with recognised items is healthy; one whose
// content is visibly there but not recognised is broken; an empty invitation list is healthy, not broken;
// and comments are only judged where the page shows comment urns at all.
import type { SelectorSurface } from '../../shared/store-types';
import {
  COMMENT,
  COMMENT_URN_MARK,
  EMPTY_STATE,
  INVITATION_ACTION_REACT,
  INVITATION_LIST_EMBER,
  INVITATION_ROW_EMBER,
  INVITATIONS_SCREEN_REACT,
  INVITE,
  MESSAGE,
  POST,
} from './selectors';

function invitationsHealthy(root: ParentNode): boolean {
  // Cards count even without a note: an invitation without a note is not an item, yet the page is fine.
  if (root.querySelector(INVITE) || root.querySelector(EMPTY_STATE)) return true;
  if (root.querySelector(INVITATION_ACTION_REACT) || root.querySelector(INVITATION_ROW_EMBER)) return false;
  return Boolean(root.querySelector(INVITATIONS_SCREEN_REACT) || root.querySelector(INVITATION_LIST_EMBER));
}

/**
 * true: the surface's items are recognised, or it is visibly empty. false: it should hold items and none
 * are recognised. undefined: nothing to judge (comments on a page that shows none).
 */
export function surfaceHealthy(root: ParentNode, surface: SelectorSurface): boolean | undefined {
  switch (surface) {
    case 'feed':
      return root.querySelector(POST) !== null;
    case 'messages':
      return root.querySelector(MESSAGE) !== null;
    case 'invitations':
      return invitationsHealthy(root);
    case 'comments':
      if (root.querySelector(COMMENT)) return true;
      return root.querySelector(COMMENT_URN_MARK) ? false : undefined;
  }
}
