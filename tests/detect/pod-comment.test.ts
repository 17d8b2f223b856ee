import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index';
import type { Level } from '../../src/detect/types';
import { item, people } from './item';

describe('pod-comment', () => {
  it.each<[string, string, Level | 'none']>([
    ['generic praise', 'Great insights! 🙏', 'high'],
    ['thanks for sharing', 'Thanks for sharing 🙏', 'high'],
    ['praise with a name', 'Well said John!', 'high'],
    ['German praise', 'Danke fürs Teilen!', 'high'],
    ['praise that engages with the post', 'Thanks for sharing, the part about replication lag matches what we saw when we moved the ledger service last year.', 'none'],
    ['a real reply', 'I disagree with point 3: our churn went up when we removed the free tier.', 'none'],
    // A congratulation naming the person answers their news (a job change): a reference, not pod praise.
    ['a named congratulation', 'Congrats Maria!', 'none'],
    ['a named congratulation in German', 'Herzlichen Glückwunsch Jonas!', 'none'],
    ['a bare congratulation with praise', 'Congratulations! 👏🔥', 'high'],
    // Real comments (data/corpus, ninth pass): a comment that says it is there for the post's reach.
    ['commenting for reach', 'Commenting for better reach.', 'high'],
    ['the abbreviation', '#CFBR', 'high'],
    ['reach plus plus', 'Reach ++', 'high'],
    ['a word beside it', 'Interesting, CFBR', 'high'],
    ['German reach', 'Kommentar für die Reichweite', 'high'],
    ['bare praise', 'Interesting!', 'high'],
    ['praise and a courtesy', 'Great sir ...', 'high'],
    ['agreement in two words', 'Rightly said.', 'high'],
    ['praise of the author, not the post', 'We need more people like you 🙌👏', 'high'],
    ['interest that goes on to the post', 'Interesting, but the second chart contradicts the survey you cite', 'none'],
    ['great news about something named', 'Great to see the Lisbon team shipping the offline mode at last', 'none'],
    ['a reply to a question', 'Great question!', 'none'],
    ['praise for an idea', 'A great idea', 'high'],
    ['an idea discussed', 'A great idea, though the second step would need a budget we do not have', 'none'],
    ['interest in a question', 'Interesting question', 'none'],
    ['tips about reach', 'Useful tips for better reach, thanks', 'none'],
    ['a question about reach', 'Good for reach?', 'none'],
    ['Dutch reach', 'Reactie voor meer bereik', 'high'],
    ['Portuguese reach', 'Comentando para dar mais alcance', 'high'],
    ['Spanish reach', 'Comento para dar visibilidad', 'high'],
    ['French reach', 'Je commente pour la visibilité', 'high'],
    ['French reach talked about', 'Nous avons changé nos horaires de publication pour plus de visibilité et les vues ont triplé', 'none'],
    ['talk about reach itself', 'We moved our posting time for better reach and it worked: three times the views on the next post', 'none'],
    ['one-word praise', 'Wonderful!', 'high'],
    ['praise for an opportunity', 'Great opportunity', 'high'],
    ['an opportunity described', 'Great opportunity for freshers who know SQL and want to move into analytics in Pune', 'none'],
  ])('%s → %s', (_name, text, expected) => {
    const verdict = detect(item({ kind: 'comment', text }), { sensitivity: 'balanced' }).find((v) => v.pattern === 'pod-comment');
    expect(verdict?.level ?? 'none').toBe(expected);
  });

  it('heads with the reach when a comment says it is there for it', () => {
    const verdict = detect(item({ kind: 'comment', text: 'Great post, commenting for visibility' }), { sensitivity: 'balanced' }).find((v) => v.pattern === 'pod-comment');
    expect(verdict?.reasons[0]).toEqual({ code: 'comment-for-reach', text: 'Comments for the post\'s reach: “commenting for visibility”' });
  });

  it('does not count a tagged name as substance', () => {
    const verdict = detect(item({ kind: 'comment', text: 'Ana Ruiz great post!', mentions: people('Ana Ruiz') }), { sensitivity: 'balanced' });
    expect(verdict.map((v) => v.pattern)).toEqual(['pod-comment']);
    expect(verdict[0]?.reasons.map((r) => r.code)).toEqual(['no-reference', 'generic-praise']);
  });
});
