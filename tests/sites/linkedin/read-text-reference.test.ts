// @vitest-environment happy-dom
// read-text.ts takes the browser's textContent where that gives the same reading as visiting every node:
// the two must agree everywhere, so they are compared on every element of every saved page and on
// generated markup mixing line breaks, blocks, noise and mention links.
import { describe, expect, it } from 'vitest';
import { readText, visibleText } from '../../../src/sites/linkedin/read-text';
import { fixtureFiles, loadFixture } from './load-fixture';
import { referenceReadText } from './text-walk-reference';

const PIECES = [
  'word',
  ' ',
  '\n  ',
  '\u00a0',
  '<br>',
  '<!---->',
  '<span class="visually-hidden">hidden copy</span>',
  '<button>see more</button>',
  '<a href="/in/ana-ruiz/">Ana Ruiz</a>',
  '<a href="https://www.linkedin.com/company/acme">Acme\n Inc</a>',
  '<a href="https://example.com/">a link</a>',
  '<a href="/in/bo/" role="button">Bo</a>',
  '<svg><title>icon</title></svg>',
];
const WRAPPERS = ['span', 'div', 'p', 'a href="/in/wrapped/"', 'li', 'strong'];

/** Deterministic markup from a seed: nested wrappers around random pieces. */
function generated(seed: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const build = (depth: number): string => {
    let html = '';
    for (let i = next(5); i >= 0; i -= 1) {
      if (depth < 3 && next(3) === 0) {
        const wrapper = WRAPPERS[next(WRAPPERS.length)]!;
        html += `<${wrapper}>${build(depth + 1)}</${wrapper.split(' ')[0]}>`;
      } else {
        html += PIECES[next(PIECES.length)];
      }
    }
    return html;
  };
  return build(0);
}

describe('readText agrees with a walk over every node', () => {
  it.each(fixtureFiles())('on every element of %s', (name) => {
    const elements = [...loadFixture(name).querySelectorAll('body *')];
    expect(elements.length).toBeGreaterThan(0);
    for (const element of elements) {
      const reference = referenceReadText(element);
      expect(readText(element)).toEqual(reference);
      expect(visibleText(element)).toBe(reference.text);
    }
  });

  it('on 2,000 generated texts', () => {
    let wholeSubtrees = 0;
    for (let seed = 1; seed <= 2000; seed += 1) {
      const root = document.createElement('div');
      root.innerHTML = generated(seed);
      const reference = referenceReadText(root);
      expect(readText(root), root.innerHTML).toEqual(reference);
      expect(visibleText(root), root.innerHTML).toBe(reference.text);
      if (reference.text.includes('\n')) wholeSubtrees += 1;
    }
    // The generator must produce line breaks often enough for the comparison to mean something.
    expect(wholeSubtrees).toBeGreaterThan(200);
  });

  it('reads a comment wrapped in one block with inline mentions, and a block beside other text', () => {
    const comment = document.createElement('span');
    comment.innerHTML = '\n <div dir="ltr"><span>Thanks <a href="/in/ana/">Ana\n Ruiz</a> and <a href="/in/bo/">Bo</a></span></div>\n';
    expect(readText(comment)).toEqual({
      text: 'Thanks Ana Ruiz and Bo',
      mentions: [
        { name: 'Ana Ruiz', profileUrl: '/in/ana' },
        { name: 'Bo', profileUrl: '/in/bo' },
      ],
    });
    const beside = document.createElement('span');
    beside.innerHTML = 'Before<div>inside</div>after';
    expect(readText(beside).text).toBe('Before\ninside\nafter');
  });

  it('lists a mention link nested in another (built by script; the parser never nests links) as the walk does, inner first', () => {
    const root = document.createElement('span');
    const outer = document.createElement('a');
    outer.href = '/in/outer/';
    const inner = document.createElement('a');
    inner.href = '/in/inner/';
    inner.textContent = 'Inner';
    outer.append('Outer ', inner);
    root.append(outer);
    expect(readText(root)).toEqual(referenceReadText(root));
    expect(readText(root).mentions.map((m) => m.profileUrl)).toEqual(['/in/inner', '/in/outer']);
  });
});
