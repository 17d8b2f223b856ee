// "Schedule a call instead" in LinkedIn's messaging: the button beside every message composer, the
// per-thread stats that say which conversations deserve a call, the note in a thread that just crossed
// that line, and noticing when the user actually sent a proposal.
import { MAX_SENT_TEXT, type CallDraft, type ContentMessage } from '../../messages';
import type { ConversationStat } from '../../shared/store-types';
import { hashId } from '../../shared/hash-id';
import { findMessageComposers, threadParticipantName } from '../../sites/linkedin/composer';
import { CHAT_WINDOW, ITEM, MESSAGE_FORM, MESSAGE_FORM_FOOTER } from '../../sites/linkedin/selectors';
import { sendMessage } from '../extension-api';
import type { JudgedFound } from '../item-scanner';
import { OWN_NODE_ATTRIBUTE } from '../own-node';
import type { PageSession } from '../page-session';
import { uiText } from '../pattern-names';
import { CALL_CONTROLS_ROLE, createCallControls, type CallControls } from './call-controls';
import type { CallFeaturePart } from './call-feature-part';
import { createCallNudge } from './call-nudge';
import { OPEN_DRAFT_HASH } from './open-draft-hash';
import { placeDraft } from './place-draft';
import { conversationOfForm } from './thread-of-form';
import { ThreadTracker } from './thread-tracker';
import { threadUrlFor } from './thread-url';

/** How long a thread opened that way may take to show its composer and name before the draft is made anyway. */
const OPEN_DRAFT_WAIT_MS = 10_000;
/** Stats are reported once a thread's messages have settled, not per rendered row. */
const REPORT_AFTER_MS = 1500;
const MAX_NAME_LENGTH = 200;

type CallEvent = Omit<Extract<ContentMessage, { type: 'content/call-event' }>, 'type' | 'threadId'>;

export class CallFeature implements CallFeaturePart {
  readonly #session: PageSession;
  readonly #tracker = new ThreadTracker();
  readonly #controls = new WeakMap<Element, CallControls>();
  /** Per thread, the times the latest draft offered, so a sent message holding them counts as a proposal. */
  readonly #offeredTimes = new Map<string, string>();
  readonly #hashes = new Map<string, Promise<string>>();
  readonly #lastReported = new Map<string, string>();
  readonly #nudged = new Set<string>();
  /** Forms whose row or note speaks about a thread; LinkedIn reuses a form when the user opens another thread. */
  readonly #shownFor = new Map<Element, { thread: string | undefined; note?: HTMLElement }>();
  #dirty = new Set<string>();
  #reportScheduled = false;
  #openDraft: boolean;

  constructor(session: PageSession) {
    this.#session = session;
    this.#openDraft = location.hash === OPEN_DRAFT_HASH;
  }

  /** For a thread opened from the popup, the draft is made after a while even if its header never shows a name. */
  start(): void {
    if (this.#openDraft) this.#session.setTimeout(() => this.#openDraftNow(true), OPEN_DRAFT_WAIT_MS);
  }

  /** Page subtrees just added (none of them the extension's own): the composers the feature's row goes beside. */
  handle(roots: Element[]): void {
    this.#forgetOtherThreads();
    for (const composer of roots.flatMap(composersIn)) this.#attach(composer);
    if (this.#openDraft) this.#openDraftNow(false);
  }

  /**
   * The messages one scan of the page read, with the worker's verdicts (the item scanner's, so nothing
   * is read or judged twice): who sent what when, which inbound ones are templated, and whether an
   * outgoing one that just arrived proposes a call.
   */
  messagesSeen(messages: JudgedFound[]): void {
    this.#tracker.nextBatch();
    const now = Date.now();
    for (const { found, verdicts } of messages) {
      const { item } = found;
      if (!item.threadId || !item.direction) continue;
      const thread = item.threadId;
      const sighting = this.#tracker.see(thread, { id: item.id, direction: item.direction, ...(found.sentAt ? { sentAt: found.sentAt } : {}) }, now);
      if (sighting === 'repeat') continue;
      if (found.participantName) this.#tracker.noteParticipant(thread, found.participantName);
      if (item.direction === 'in' && verdicts.some((verdict) => verdict.pattern === 'templated')) this.#tracker.noteTemplated(thread);
      if (sighting === 'arrived' && item.direction === 'out') void this.#checkProposal(thread, item.text);
      this.#dirty.add(thread);
    }
    if (this.#dirty.size > 0 && !this.#reportScheduled) {
      this.#reportScheduled = true;
      this.#session.setTimeout(() => void this.#reportDirty(), REPORT_AFTER_MS);
    }
  }

  #attach(composer: Element): void {
    const form = composer.closest(MESSAGE_FORM);
    if (!form || form.querySelector(`[${OWN_NODE_ATTRIBUTE}="${CALL_CONTROLS_ROLE}"]`)) return;
    const controls = createCallControls(() => void this.suggest(form));
    this.#controls.set(form, controls);
    const footer = form.querySelector(MESSAGE_FORM_FOOTER);
    if (footer) footer.before(controls.host);
    else form.append(controls.host);
  }

  /** One click: the draft in the composer (or on the clipboard), the event recorded, the calendar offered. */
  async suggest(form: Element): Promise<void> {
    const controls = this.#controls.get(form);
    const composer = findMessageComposers(form)[0];
    const editor = composer instanceof HTMLElement ? composer : null;
    const thread = conversationOfForm(form, location.pathname);
    const name = (composer ? threadParticipantName(composer) : null) ?? (thread ? this.#tracker.participantName(thread) : '');
    const threadKey = thread ?? `page:${location.pathname}`;
    const draft = await this.#draft(threadKey, thread, name);
    const result = draft ? await placeDraft(editor, draft.text) : 'failed';
    controls?.showResult(result);
    this.#shownFor.set(form, { ...this.#shownFor.get(form), thread });
    if (!draft || result === 'failed') return;
    if (draft.offeredTimes !== '' && thread) this.#offeredTimes.set(thread, draft.offeredTimes);
    void this.#recordCallEvent({ kind: 'suggested' }, threadKey);
    controls?.showCalendar({ slots: draft.slots, icsFileName: draft.icsFileName });
  }

  /** The draft and the calendar offer, from the background, which has the settings; null once the extension is gone. */
  async #draft(threadKey: string, thread: string | undefined, name: string): Promise<CallDraft | null> {
    // The calendar does not need the stored id, only a uid; it must not wait on a failed hash.
    const threadId = await this.#hash(threadKey).catch(() => crypto.randomUUID().replaceAll('-', ''));
    const participantName = name.slice(0, MAX_NAME_LENGTH);
    const displayName = participantName.trim();
    return sendMessage({
      type: 'content/call-draft',
      participantName,
      threadId,
      eventTitle: displayName === '' ? uiText('callEventTitleNoName') : uiText('callEventTitle', [displayName]),
      eventDetails: uiText('callEventDetails', [thread ? threadUrlFor(thread) : location.href]),
    }).catch(() => {
      this.#session.isAlive();
      return null;
    });
  }

  /** Whether a message the user just sent proposed a call is decided in the background; the text is not kept there. */
  async #checkProposal(thread: string, sentText: string): Promise<void> {
    const offeredTimes = this.#offeredTimes.get(thread);
    await this.#recordCallEvent({ kind: 'proposed', sentText: sentText.slice(0, MAX_SENT_TEXT), ...(offeredTimes ? { offeredTimes } : {}) }, thread);
  }

  #hash(thread: string): Promise<string> {
    let hash = this.#hashes.get(thread);
    if (!hash) {
      hash = hashId(thread);
      this.#hashes.set(thread, hash);
    }
    return hash;
  }

  async #recordCallEvent(event: CallEvent, thread: string): Promise<void> {
    const threadId = await this.#hash(thread);
    await sendMessage({ type: 'content/call-event', ...event, threadId }).catch(() => this.#session.isAlive());
  }

  async #reportDirty(): Promise<void> {
    this.#reportScheduled = false;
    const threads = [...this.#dirty];
    this.#dirty = new Set();
    for (const thread of threads) await this.#report(thread).catch(() => this.#session.isAlive());
  }

  /** Sends the thread's counts (never its text); a thread that this report lifts over the line gets its note. */
  async #report(thread: string): Promise<void> {
    const stats = this.#tracker.stats(thread, Date.now());
    if (stats.lastActivity === 0) return;
    const conversation: ConversationStat = {
      threadId: await this.#hash(thread),
      participantName: this.#tracker.participantName(thread).slice(0, MAX_NAME_LENGTH),
      threadUrl: threadUrlFor(thread),
      ...stats,
      templated: this.#tracker.isTemplated(thread),
    };
    const signature = JSON.stringify(conversation);
    if (this.#lastReported.get(thread) === signature) return;
    this.#lastReported.set(thread, signature);
    const { newlyDeserving, firstName } = await sendMessage({ type: 'content/conversation', conversation });
    if (newlyDeserving && !this.#nudged.has(thread)) this.#nudge(thread, conversation, firstName);
  }

  #nudge(thread: string, conversation: ConversationStat, firstName: string): void {
    const form = [...document.querySelectorAll(MESSAGE_FORM)].find((candidate) => conversationOfForm(candidate, location.pathname) === thread);
    if (!form) return;
    this.#nudged.add(thread);
    const note: HTMLElement = createCallNudge(
      { firstName, traded: conversation.inLast7d + conversation.outLast7d },
      () => void this.suggest(form),
    );
    form.before(note);
    this.#shownFor.set(form, { thread, note });
  }

  /** What the row and the note say about one thread must not stay on screen once the form shows another. */
  #forgetOtherThreads(): void {
    for (const [form, shown] of this.#shownFor) {
      if (form.isConnected && conversationOfForm(form, location.pathname) === shown.thread) continue;
      this.#controls.get(form)?.reset();
      shown.note?.remove();
      this.#shownFor.delete(form);
    }
  }

  /** For a thread opened from the popup: the draft goes into the full-page composer once it and its header are there. */
  #openDraftNow(deadline: boolean): void {
    if (!this.#openDraft) return;
    const form = [...document.querySelectorAll(MESSAGE_FORM)].find((candidate) => !candidate.closest(CHAT_WINDOW) && this.#controls.has(candidate));
    const composer = form ? findMessageComposers(form)[0] : undefined;
    if (!form || (!deadline && !(composer && threadParticipantName(composer)))) return;
    this.#openDraft = false;
    // The hash has done its job; a reload must not draft a second time.
    history.replaceState(history.state, '', location.pathname + location.search);
    void this.suggest(form);
  }
}

/**
 * The composers an added subtree brings, or sits beside: a re-rendered footer may have taken our row with
 * it. A message form is never part of a post, comment, message or invitation, so a subtree added as or
 * inside one (the bulk of what a feed adds) is not searched at all.
 */
function composersIn(root: Element): Element[] {
  const enclosing = root.closest(MESSAGE_FORM);
  if (!enclosing && root.closest(ITEM)) return [];
  const forms = enclosing ? [enclosing] : root.querySelectorAll(MESSAGE_FORM);
  return [...forms].flatMap((form) => findMessageComposers(form));
}
