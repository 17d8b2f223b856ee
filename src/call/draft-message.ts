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
}

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

function proposalSentence(kind: ProposalKind, call: CallSettings, slotsText: string): string {
  switch (kind) {
    case 'link':
      return `Pick any time that suits you here: ${call.schedulingLink.trim()}`;
    case 'room':
      return `Say when suits you and we can meet here: ${call.videoRoomLink.trim()}`;
    case 'phone':
      return `Say when suits you, or just call me on ${call.phoneNumber.trim()}.`;
    case 'slots':
      return slotsText === ''
        ? `When would suit you for ${call.callMinutes} minutes?`
        : `Would ${slotsText} work for ${call.callMinutes} minutes?`;
  }
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
    proposal: proposalSentence(proposal, call, slotsText),
  });
  return { text, proposal, slots };
}
