import { describe, expect, it } from 'vitest';
import { parseCorpusLine } from '../../src/cli/corpus-line';
import { mentionedNames } from '../../src/cli/mention-names';

describe('mentionedNames', () => {
  it.each<[string, string, number, string[]]>([
    ['@-names, wherever they stand', 'Have a look @Ana Ruiz and @Ben Okafor!', 2, ['Ana Ruiz', 'Ben Okafor']],
    ['only as many @-names as the count', '@Ana @Ben @Chen', 2, ['Ana', 'Ben']],
    ['bare names opening the comment, shared out', 'Sourav Ghoshal Shekhar Lakda', 2, ['Sourav Ghoshal', 'Shekhar Lakda']],
    ['an uneven run: the first name takes the extra word', 'SOUMEN RANJAN MAHAPATRA Abhinav Rawat check this', 2, ['SOUMEN RANJAN MAHAPATRA', 'Abhinav Rawat']],
    ['names separated by commas', 'Sruthi Raghavi Medapalli, Sanjana Garg, Drishti Kher', 3, ['Sruthi Raghavi Medapalli', 'Sanjana Garg', 'Drishti Kher']],
    ['one name before a message', 'Rohan Check if anything useful to you', 1, ['Rohan']],
    ['praise before the name', 'Great post Ana Ruiz', 1, ['Ana Ruiz']],
    ['a name after praise and a comma', 'Great, Somchai Wongsa', 1, ['Somchai Wongsa']],
    ['thanks before the name', 'Thanks Ana Ruiz, great post', 1, ['Ana Ruiz']],
    ['an @-name before a capitalised opener', '@Ana Ruiz Great post', 1, ['Ana Ruiz']],
    ['commas between names of different lengths', 'Ana, Ben Okafor, Cy Lum Ode', 3, ['Ana', 'Ben Okafor', 'Cy Lum Ode']],
    ['an e-mail address is no @-name', 'write to ana@Gmail.com', 1, []],
    ['a count that is not whole', 'Ana Ruiz', 1.5, []],
    ['too few capitalised words for the count', 'Great post, thanks', 2, []],
    ['a capitalised sentence too long to be the names', 'Quarterly Results Are In And Revenue Grew Strongly', 2, []],
    ['no tag', 'Ana Ruiz', 0, []],
  ])('%s', (_name, text, count, expected) => {
    expect(mentionedNames(text, count)).toEqual(expected);
  });

  it('names the mentions of a corpus line where the text shows them, and leaves the rest nameless', () => {
    const named = parseCorpusLine(JSON.stringify({ text: 'Ana Ruiz Ben Okafor', kind: 'comment', mentions: 2 }), 'l1');
    const unnamed = parseCorpusLine(JSON.stringify({ text: 'see the chart, it answers your question', kind: 'comment', mentions: 2 }), 'l2');
    expect(named.item.mentions.map((person) => person.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(unnamed.item.mentions.map((person) => person.name)).toEqual(['@mention-1', '@mention-2']);
  });
});
