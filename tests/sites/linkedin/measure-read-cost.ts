// How long the adapter takes to read a grown saved page, printed rather than asserted (timings depend on
// the machine; the counted-query test in find-items-cost.test.ts is the one that can fail).
// Run: npx tsx tests/sites/linkedin/measure-read-cost.ts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { findItems, findItemsIn } from '../../../src/sites/linkedin/find-items';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/');
const ROUNDS = 3;
const windows: Window[] = [];

function page(name: string): Document {
  const window = new Window();
  windows.push(window);
  const document = window.document as unknown as Document;
  document.body.innerHTML = readFileSync(FIXTURES + name, 'utf8');
  return document;
}

async function closeWindows(): Promise<void> {
  for (const window of windows.splice(0)) await window.happyDOM.close();
}

/** The feed page with its one post copied until it holds `posts` posts, each with its own urn. */
function grownEmberFeed(posts: number): { document: Document; cards: Element[] } {
  const document = page('linkedin-feed-post-2025-08.html');
  const template = document.querySelector('[data-urn]')!.closest('[data-id]')!;
  const cards: Element[] = [];
  for (let i = 0; i < posts; i += 1) {
    const copy = template.cloneNode(true) as Element;
    copy.querySelector('[data-urn]')!.setAttribute('data-urn', `urn:li:activity:${7000000000000000000 + i}`);
    template.parentElement!.append(copy);
    cards.push(copy);
  }
  return { document, cards };
}

/** The captured React posts copied until the page holds `posts` posts. */
function grownReactFeed(posts: number): { document: Document; cards: Element[] } {
  const document = page('linkedin-react-feed-posts-2026-09-scrubbed.html');
  const templates = [...document.querySelectorAll('[role="listitem"][componentkey*="FeedType_"]')];
  const cards: Element[] = [];
  for (let i = 0; i < posts; i += 1) {
    const copy = templates[i % templates.length]!.cloneNode(true) as Element;
    copy.setAttribute('componentkey', `update-card-focus${i}FeedType_MAIN_FEED_RELEVANCE`);
    document.body.append(copy);
    cards.push(copy);
  }
  return { document, cards };
}

/** The post-detail page with its comment copied until the thread holds `comments` comments. */
function grownThread(comments: number): { document: Document; cards: Element[] } {
  const document = page('linkedin-post-comment-thread-2026-09.html');
  const list = document.querySelector('.scaffold-finite-scroll__content > div')!;
  const template = list.querySelector(':scope > article')!;
  const cards: Element[] = [];
  for (let i = 0; i < comments; i += 1) {
    const copy = template.cloneNode(true) as Element;
    copy.setAttribute('data-id', `urn:li:comment:(activity:1111111111111111111,${i})`);
    list.append(copy);
    cards.push(copy);
  }
  return { document, cards };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function measure(label: string, build: () => { document: Document; cards: Element[] }): Promise<void> {
  const whole: number[] = [];
  const each: number[] = [];
  let items = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const { document, cards } = build();
    let start = performance.now();
    items = findItems(document).length;
    whole.push(performance.now() - start);
    start = performance.now();
    for (const card of cards) findItemsIn(card);
    each.push(performance.now() - start);
    await closeWindows();
  }
  console.log(`${label}: ${items} items; findItems ${median(whole).toFixed(1)} ms; findItemsIn per added card ${median(each).toFixed(1)} ms in all (median of ${ROUNDS})`);
}

await measure('Ember feed, 200 posts', () => grownEmberFeed(200));
await measure('React feed, 200 posts', () => grownReactFeed(200));
await measure('Ember thread, 1000 comments', () => grownThread(1000));
