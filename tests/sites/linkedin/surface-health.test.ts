// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { surfaceHealthy } from '../../../src/sites/linkedin/surface-health';
import { loadFixture } from './load-fixture';

function page(name: string, edit: (html: string) => string = (html) => html): Document {
  const document = loadFixture(name);
  document.body.innerHTML = edit(document.body.innerHTML);
  return document;
}

describe('surfaceHealthy: invitations', () => {
  it.each([
    ['synthetic-invitation-manager-ember-2026.html'],
    ['synthetic-invitation-manager-react-2026.html'],
    ['synthetic-invitation-manager-react-note-beside-2026.html'],
  ])('%s: cards are recognised', (name) => {
    expect(surfaceHealthy(page(name), 'invitations')).toBe(true);
  });

  it('counts cards without a note (no item to judge, yet nothing is broken)', () => {
    const document = page('synthetic-invitation-manager-react-note-beside-2026.html');
    for (const note of document.querySelectorAll('[data-testid="expandable-text-box"]')) note.remove();
    expect(surfaceHealthy(document, 'invitations')).toBe(true);
  });

  it.each([['synthetic-invitation-manager-empty-ember-2026.html'], ['synthetic-invitation-manager-empty-react-2026.html']])(
    '%s: an empty invitation manager is healthy, whatever suggestions sit below it',
    (name) => {
      expect(surfaceHealthy(page(name), 'invitations')).toBe(true);
    },
  );

  it('React: invitation buttons on cards the adapter no longer recognises are broken', () => {
    const document = page('synthetic-invitation-manager-react-2026.html', (html) => html.replaceAll('data-view-name="pending-invitation"', 'data-view-name="invite-card-v2"'));
    expect(surfaceHealthy(document, 'invitations')).toBe(false);
  });

  it('Ember: rows in the invitation list that are not recognised cards are broken', () => {
    const document = page('synthetic-invitation-manager-ember-2026.html', (html) => html.replaceAll('invitation-card ', 'invite-row '));
    expect(surfaceHealthy(document, 'invitations')).toBe(false);
  });

  it('a page with neither cards, list nor empty state is broken', () => {
    expect(surfaceHealthy(page('synthetic-react-feed-2026.html'), 'invitations')).toBe(false);
  });
});

describe('surfaceHealthy: comments', () => {
  it('recognised comments, Ember and React, are healthy', () => {
    expect(surfaceHealthy(page('linkedin-post-comment-thread-2026-09.html'), 'comments')).toBe(true);
    expect(surfaceHealthy(page('synthetic-react-post-detail-2026.html'), 'comments')).toBe(true);
  });

  it('a page without comment urns has nothing to judge', () => {
    expect(surfaceHealthy(page('linkedin-feed-post-2025-08.html'), 'comments')).toBeUndefined();
    expect(surfaceHealthy(page('linkedin-react-feed-posts-2026-09-scrubbed.html'), 'comments')).toBeUndefined();
  });

  it('comment urns on elements the adapter does not recognise are broken', () => {
    const renamed = page('synthetic-react-post-detail-2026.html', (html) => html.replaceAll('CommentComponentReference_urn', 'CommentCardV3_urn'));
    expect(surfaceHealthy(renamed, 'comments')).toBe(false);
  });

  it('stays conservative: an urn in an attribute never seen on LinkedIn is not judged', () => {
    const ember = page('linkedin-post-comment-thread-2026-09.html', (html) => html.replaceAll('data-id="urn:li:comment:', 'data-entity-id="urn:li:comment:'));
    expect(surfaceHealthy(ember, 'comments')).toBeUndefined();
  });
});

describe('surfaceHealthy: feed and messages', () => {
  it('follow the post and message selectors', () => {
    expect(surfaceHealthy(page('linkedin-react-feed-posts-2026-09-scrubbed.html'), 'feed')).toBe(true);
    expect(surfaceHealthy(page('linkedin-messaging-thread-2026-05.html'), 'messages')).toBe(true);
    expect(surfaceHealthy(page('linkedin-messaging-thread-2026-05.html'), 'feed')).toBe(false);
    expect(surfaceHealthy(page('linkedin-feed-post-2025-08.html'), 'messages')).toBe(false);
  });
});
