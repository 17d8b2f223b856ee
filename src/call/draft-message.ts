// The short, personal message the "Suggest a call" button puts in the composer, in the user's words.

import type { CallSettings, ProposalKind, Settings } from '../shared/settings';
import { firstName } from './first-name';
import { formatSlots, pickSlots, type Slot } from './pick-slots';

export interface DraftOptions {
  /** The other person's display name as LinkedIn shows it. */
  participantName: string;
  settings: Settings;
  now: Date;
  /** Locale of weekday names in the proposed times; 'en' when left out. */
  locale?: string;
  /** The sentence that carries the proposal, in the UI language; English when left out. */
  phrases?: ProposalPhrases;
}

/** One sentence per kind of proposal, with `{link}`, `{times}`, `{minutes}`, `{room}` or `{phone}` in it. */
export interface ProposalPhrases {
  link: string;
  slots: string;
  /** When the working hours hold no slot at all. */
  noSlots: string;
  room: string;
  phone: string;
}

export const ENGLISH_PROPOSAL_PHRASES: ProposalPhrases = {
  link: 'Pick any time that suits you here: {link}',
  slots: 'Would {times} work for {minutes} minutes?',
  noSlots: 'When would suit you for {minutes} minutes?',
  room: 'Say when suits you and we can meet here: {room}',
  phone: 'Say when suits you, or just call me on {phone}.',
};

export interface CallDraft {
  text: string;
  proposal: ProposalKind;
  /** The times the text proposes; empty unless `proposal` is 'slots'. */
  slots: Slot[];
}

/** Whether a kind of proposal can be made with these settings; slots always can. */
export function isProposalAvailable(kind: ProposalKind, call: CallSettings): boolean {
  switch (kind) {
    case 'link':
      return call.schedulingLink.trim() !== '';
    case 'room':
      return call.videoRoomLink.trim() !== '';
    case 'phone':
      return call.phoneNumber.trim() !== '';
    case 'slots':
      return true;
  }
}

/** The user's first available preference; slots when none of the listed ones is set up. */
export function chooseProposal(call: CallSettings): ProposalKind {
  return call.proposalOrder.find((kind) => isProposalAvailable(kind, call)) ?? 'slots';
}

function proposalSentence(kind: ProposalKind, call: CallSettings, slotsText: string, phrases: ProposalPhrases): string {
  const values: Record<string, string> = {
    link: call.schedulingLink.trim(),
    room: call.videoRoomLink.trim(),
    phone: call.phoneNumber.trim(),
    times: slotsText,
    minutes: String(call.callMinutes),
  };
  const phrase = kind === 'slots' && slotsText === '' ? phrases.noSlots : phrases[kind];
  // A replacer function, because a `$` in a link must not be read as a replacement pattern.
  return phrase.replace(/\{(link|room|phone|times|minutes)\}/g, (_match, name: string) => values[name] ?? '');
}

/** Fills `{first_name}` and `{proposal}`; with no first name, "Hi {first_name}," becomes "Hi,". */
export function fillTemplate(template: string, values: { firstName: string; proposal: string }): string {
  // Replacer functions, because a `$` in a link or name must not be read as a replacement pattern.
  const named = values.firstName === ''
    ? template.replace(/[^\S\n]*\{first_name\}/g, () => '')
    : template.replace(/\{first_name\}/g, () => values.firstName);
  return named.replace(/\{proposal\}/g, () => values.proposal).trim();
}

export function draftCallMessage(opts: DraftOptions): CallDraft {
  const call = opts.settings.call;
  const proposal = chooseProposal(call);
  const slots =
    proposal === 'slots'
      ? pickSlots(opts.now, {
          timeZone: call.timeZone,
          workingHours: call.workingHours,
          workingDays: call.workingDays,
          callMinutes: call.callMinutes,
        })
      : [];
  const slotsText = formatSlots(slots, call.timeZone, opts.locale);
  const text = fillTemplate(call.draftTemplate, {
    firstName: firstName(opts.participantName),
    proposal: proposalSentence(proposal, call, slotsText, opts.phrases ?? ENGLISH_PROPOSAL_PHRASES),
  });
  return { text, proposal, slots };
}
