// Feed posts and the post of a post-detail page, in both markup eras.
import type { Person } from '../../detect/types';
import type { FoundItem } from './found-item';
import { firstOwned } from './owned-by';
import { namedTwin, personFrom } from './people';
import { readText } from './read-text';
import {
  ACTOR_LINK_REACT,
  POST_ACTOR_EMBER,
  POST_ACTOR_LINK_EMBER,
  POST_ACTOR_NAME_EMBER,
  POST_EMBER,
  POST_HEADER_REACT,
  POST_TEXT_EMBER,
  TEXT_REACT,
} from './selectors';
import { contentKey, ownUrn, urnInComments } from './react-post-id';
import { hashtagsIn } from './text-entities';

// Looking for an urn inside a React card can walk the whole card, so the answer is kept per element for as
// long as the element keeps its componentkey. An answer without the text (a comment's urn, the componentkey)
// is never kept: the text that gives a steadier id may render after the card.
const reactPostIds = new WeakMap<Element, { key: string; id: string }>();

/** What a React post says and who said it, when its id needs them and nothing was read yet. */
interface PostReading {
  text: string;
  author?: Person;
}

/**
 * The post's id: its urn where the card itself has one, else (React) a key made of its author and the
 * opening of its text, else an urn its open comments show, else the card's opaque componentkey. `read`:
 * the card's text and author, when the caller has read them already.
 */
export function postId(post: Element, read?: PostReading): string {
  const urn = post.getAttribute('data-urn');
  if (urn) return urn;
  const key = post.getAttribute('componentkey') ?? '';
  const known = reactPostIds.get(post);
  if (known?.key === key) return known.id;
  let id = ownUrn(post, key);
  if (!id) {
    const { text, author } = read ?? readReactPost(post);
    id = contentKey(author?.profileUrl, text);
  }
  if (!id) return urnInComments(post) ?? key;
  reactPostIds.set(post, { key, id });
  return id;
}

interface ReactActor {
  link: Element;
  /**
   * The block holding the actor line, where the label goes: found from the text's side, so no search of
   * the whole card (comments included) for a keyed header that real cards do not have.
   */
  block: Element;
}

/**
 * The actor of a React post: the last member or company link before the post's text, found by walking
 * back from the text through earlier siblings only, so the comments below are never searched. Without a
 * text, the first link that is not a mention.
 */
function reactActor(post: Element, text: Element | null): ReactActor | null {
  if (!text) {
    const link = firstOwned(post, ACTOR_LINK_REACT, TEXT_REACT);
    const header = link?.closest(POST_HEADER_REACT);
    return link ? { link, block: header && post.contains(header) ? header : link } : null;
  }
  for (let node: Element | null = text; node && node !== post; node = node.parentElement) {
    for (let block = node.previousElementSibling; block; block = block.previousElementSibling) {
      const links = block.matches(ACTOR_LINK_REACT) ? [block] : [...block.querySelectorAll(ACTOR_LINK_REACT)];
      const link = links[links.length - 1];
      if (link) return { link: namedTwin(link, links), block };
    }
  }
  return null;
}

function emberAuthor(post: Element): Person | undefined {
  return personFrom(firstOwned(post, POST_ACTOR_LINK_EMBER), firstOwned(post, POST_ACTOR_NAME_EMBER));
}

export function postAuthor(post: Element): Person | undefined {
  if (post.matches(POST_EMBER)) return emberAuthor(post);
  const actor = reactActor(post, firstOwned(post, TEXT_REACT));
  return actor ? personFrom(actor.link) : undefined;
}

function readReactPost(post: Element): PostReading {
  const textElement = firstOwned(post, TEXT_REACT);
  const actor = reactActor(post, textElement);
  const author = actor ? personFrom(actor.link) : undefined;
  return { text: textElement ? readText(textElement).text : '', ...(author ? { author } : {}) };
}

/** `authorOf`: the post author as the scan's comments see it, so the author is read once per scan. */
export function readPost(post: Element, authorOf: (post: Element) => Person | undefined): FoundItem {
  const ember = post.matches(POST_EMBER);
  const textElement = firstOwned(post, ember ? POST_TEXT_EMBER : TEXT_REACT);
  const { text, mentions } = textElement ? readText(textElement) : { text: '', mentions: [] };
  const actor = ember ? null : reactActor(post, textElement);
  const author = ember ? authorOf(post) : actor ? personFrom(actor.link) : undefined;
  const header = ember ? firstOwned(post, POST_ACTOR_EMBER)?.parentElement : actor?.block;
  return {
    item: {
      id: postId(post, { text, ...(author ? { author } : {}) }),
      kind: 'post',
      text,
      ...(author ? { author } : {}),
      mentions,
      hashtags: hashtagsIn(text),
    },
    element: post,
    labelAnchor: header ?? textElement ?? post,
  };
}
