import { describe, expect, it } from 'vitest';
import { detect, signalsOf } from '../../src/detect/index';
import type { Item, Level } from '../../src/detect/types';
import { item } from './item';

function bait(subject: Item) {
  return detect(subject, { sensitivity: 'balanced' }).find((verdict) => verdict.pattern === 'engagement-bait');
}

describe('engagement-bait', () => {
  it.each<[string, string, Level | 'none']>([
    ['repost and follow', 'Most people quit too early.\n\nAgree?\n\n♻️ Repost if this helped someone in your network.\nFollow me for more.', 'high'],
    ['comment a keyword', 'I wrote a 40-page guide on cold email.\n\nComment "GUIDE" and I\'ll send it to you.', 'high'],
    ['link in the comments', 'We just published our salary report for 2026. Link in the comments 👇', 'high'],
    ['tag someone', 'Tag someone who needs to hear this today.', 'high'],
    ['German follow me', 'Drei Fehler, die ich als Gründer gemacht habe. Folge mir für mehr Einblicke.', 'high'],
    ['a post that asks a real question', "We're migrating our billing system to Postgres next quarter. Has anyone run logical replication across major versions in production? What broke?", 'none'],
    ['a plain announcement', 'Today is my last day at Globex. Thank you to the team for four great years; I start at Northwind in March.', 'none'],
    // Devices from the real posts of the ninth pass (data/corpus, dev9), and the hard negatives beside them.
    ['the link held back, pointed at', 'Miss the issue?\n\nGrab it below ↓', 'high'],
    ['the link in the comments, found', 'Want to join him?\n\nFind the link to the course in the comments below ↓', 'high'],
    ['a follow asked for', 'If you like short tips like this, feel free to give me a follow.', 'high'],
    ['predictions asked for in the comments', 'The finals are close! Which teams will lift the trophy? Comment your predictions below.', 'high'],
    ['a comment asked for, then a detour', 'Drop this post a quick comment, and then head over to my featured section.', 'high'],
    ['an e-mail address traded for details', "Doors close in 5 days.\n\nComment your email 👇 and I'll send more details.", 'high'],
    ['the link pointed at with another arrow', 'Curious about these lessons? Find the link below ⬇', 'high'],
    ['the link in the first comment', 'If you are curious about our work, in the first comment, you can find the paper.', 'high'],
    ['a correction pointing at a comment', 'Correction: as Ana pointed out in the first comment, the Q3 numbers were off by a week.', 'none'],
    ['slides others asked for', 'Several people asked me to post the slides in the comments, but the talk was not recorded.', 'none'],
    ['links held back in the comment section', 'A big thank you to the authors 🙏\n(Links in the comment section)', 'high'],
    ['Portuguese: share to help your network', 'Faltou algum? O que acredita ser fundamental?\nCompartilhe para ajudar sua rede!', 'high'],
    ['Portuguese: comment here', 'Trouxe aqui essas dicas para o dia a dia de códigos.\nComentem aqui o que acharam dessas dicas.', 'high'],
    ['a bell as an icon', '🔔 Reminder: our expense app now has 2,000 users actively tracking their spending. Thank you all!', 'none'],
    ['follow-up prompts', 'If you want to make any changes, you can write follow up prompts and it will just create a new build for you.', 'none'],
    ['Portuguese: sharing news', 'Compartilho com alegria que comecei um novo trabalho na Globo como engenheira de dados.', 'none'],
    // From fresh11 once measured: a pin as an icon, and the author's own repost, are not asks.
    ['a pin as an icon', 'Join us to celebrate the legacy of museums!\n\n📌 Click the link to become a visitor:\n\n📅 December 10-12', 'none'],
    ['the author reposting', 'Reposting this because the Mumbai marathon is something you must experience once.', 'none'],
    ['the pinned comment pointed at', 'If you want the 7 steps, read the 📌📌 comment ↓', 'high'],
    ['likes, shares and saves asked for', 'UI/UX is a game-changer.\n\n✨ Please LIKE, SHARE & SAVE this article if you find this insightful', 'high'],
    ['Rioplatense: follow me and ring the bell', '¿Te interesa Python? Seguime y activá la campana🔔 para enterarte cada vez que comparto contenido.', 'high'],
    ['Spanish: what others said in the comments', 'Como dijeron varios en los comentarios del post anterior, la migración llevó más tiempo.', 'none'],
    ['an arrow to what follows', 'The key to growing past 100k?\n\nLearning to write. Here are 5 steps to better writing 👇', 'none'],
    ['a link under the post itself', 'Check this out on LinkedIn Learning! I have made it free for you with the link below.', 'none'],
    ['the comments of another post, quoted', 'As several of you said in the comments on my last post, the migration took longer than planned. Here is what we changed.', 'none'],
    ['a question to the reader without a device', "What's the best thing that's happened to you because you publish your thoughts online?", 'none'],
  ])('%s → %s', (_name, text, expected) => {
    expect(bait(item({ kind: 'post', text }))?.level ?? 'none').toBe(expected);
  });

  it('names the device it found', () => {
    const verdict = bait(item({ kind: 'post', text: 'Five lessons from ten years of hiring.\n\nFollow me for more.' }));
    expect(verdict?.reasons[0]).toEqual({ code: 'bait-follow', text: 'Asks for follows: “follow me for more”' });
  });

  it('counts hashtags in the text, in both scraped forms and in the item, from eight on', () => {
    const codes = (text: string, hashtags: string[] = []) => signalsOf(item({ kind: 'post', text, hashtags }), 'engagement-bait').map((signal) => signal.code);
    const tags = ['ai', 'ml', 'data', 'cloud', 'startup', 'hiring', 'python', 'sql'];
    expect(codes(`New role! ${tags.map((tag) => `#${tag}`).join(' ')}`)).toContain('hashtag-stuffing');
    expect(codes(`New role! ${tags.map((tag) => `hashtag#${tag}`).join(' ')}`)).toContain('hashtag-stuffing');
    expect(codes(`New role!\n${tags.map((tag) => `hashtag\n#\n${tag}`).join('\n')}`)).toContain('hashtag-stuffing');
    expect(codes(`New role!\n${tags.map((tag) => `hashtag\n#${tag}`).join('\n')}`)).toContain('hashtag-stuffing');
    expect(codes('New role!', tags)).toContain('hashtag-stuffing');
    expect(codes(`New role! ${tags.slice(0, 7).map((tag) => `#${tag}`).join(' ')}`)).not.toContain('hashtag-stuffing');
    expect(codes('Item #\n3 of the list, #\nfour')).not.toContain('hashtag-stuffing');
  });

  it('recognises one short sentence per line, and not a paragraph', () => {
    const broetry = ['I got fired.', 'On a Monday.', 'With no warning.', 'I cried.', 'Then I called my mentor.', 'She laughed.', 'Then she hired me.', 'Best day of my life.', 'Never give up.'].join('\n');
    const paragraph = 'We shipped the new billing system last week. It took four months and two rewrites, mostly because the tax rules differ per country. Here is what we learned about testing money code.';
    expect(signalsOf(item({ kind: 'post', text: broetry }), 'engagement-bait').map((signal) => signal.code)).toContain('broetry');
    expect(signalsOf(item({ kind: 'post', text: paragraph }), 'engagement-bait')).toEqual([]);
  });

  it.each<[string, number | 'none']>([
    ['#f', 8],
    ['🔥#f', 8],
    ['hashtag#f', 8],
    ['xhashtag#f', 8],
    ['#xhashtag#f', 8],
    ['hashtag\n#\nf', 8],
    ['x\n#\nf', 'none'],
    ['C#f', 'none'],
    ['&#39;', 'none'],
    ['𝐀#f', 'none'],
    ['# f', 'none'],
  ])('reads the hashtag after seven others in %j as the hashtag pattern would: %s', (tail, expected) => {
    const stuffing = signalsOf(item({ kind: 'post', text: `#a #b #c #d #e #g #h ${tail}` }), 'engagement-bait').find((signal) => signal.code === 'hashtag-stuffing');
    expect(stuffing?.text ?? 'none').toBe(expected === 'none' ? 'none' : `Uses ${expected} hashtags`);
  });

  it('counts a line as one sentence only up to one sentence end followed by a space or the line end', () => {
    const broetry = (lines: string[]) => signalsOf(item({ kind: 'post', text: lines.join('\n') }), 'engagement-bait').some((signal) => signal.code === 'broetry');
    const short = ['I got fired.', 'On a Monday.', 'No warning.', 'I cried.', 'Then I called.', 'She laughed.', 'She hired me.'];
    expect(broetry([...short, 'Best day… ever.'])).toBe(true);
    expect(broetry([...short.slice(0, 5), 'Best day… ever.', 'Yes. No.', 'Why? Because.'])).toBe(false);
    expect(broetry([...short.slice(0, 5), 'Yes. No.', 'Wait! What?', 'Why? Because.'])).toBe(false);
    expect(broetry([...short.slice(0, 5), 'v1.2 shipped.', 'e.g.this', 'ok?!'])).toBe(true);
    expect(broetry([...short.slice(0, 6), 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen', 'fifteen words here one two three four five six seven eight nine ten eleven'])).toBe(true);
    expect(broetry([...short.slice(0, 5), ...Array.from({ length: 3 }, () => 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen')])).toBe(false);
  });
});
