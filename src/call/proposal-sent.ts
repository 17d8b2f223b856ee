// Whether a message the user sent proposed a call: it carries their scheduling link, video room, phone
// number or the times the draft offered. That is the "call proposed" event the weekly summary counts.

import type { Settings } from '../shared/settings';

/** Enough trailing digits to tell a phone number apart, whether written with or without a country code. */
const PHONE_MATCH_DIGITS = 7;

/** Links compared without scheme, "www.", trailing slash or letter case, as people paste them differently. */
function normalizedLink(link: string): string {
  return link
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

function containsLink(text: string, link: string): boolean {
  const wanted = normalizedLink(link);
  if (wanted === '') return false;
  const haystack = text.toLowerCase().replace(/https?:\/\/(www\.)?/g, '');
  // The link must stand on its own: "cal.com/ana" is not in "cal.com/anastasia".
  for (let index = haystack.indexOf(wanted); index >= 0; index = haystack.indexOf(wanted, index + 1)) {
    const before = haystack[index - 1] ?? ' ';
    const after = haystack[index + wanted.length] ?? ' ';
    if (!/[\w.-]/.test(before) && !/[\w-]/.test(after)) return true;
  }
  return false;
}

function containsPhone(text: string, phone: string): boolean {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < PHONE_MATCH_DIGITS) return false;
  const tail = digits.slice(-PHONE_MATCH_DIGITS);
  // Digit runs as people write numbers: "+49 30 123-4567", "(030) 1234567".
  const written = text.match(/\+?\d[\d\s().\-/]{5,}\d/g) ?? [];
  // Contained rather than ending, since a run may go on into an extension or office hours "(9-5)".
  return written.some((candidate) => candidate.replace(/\D/g, '').includes(tail));
}

/** The clock times in the proposed slots ("13:00", "10:00", …); at least two must appear, or all when fewer. */
function containsSlotTimes(text: string, slotsText: string): boolean {
  const times = [...new Set(slotsText.match(/\b\d{1,2}[:.]\d{2}\b/g) ?? [])];
  if (times.length === 0) return false;
  const present = times.filter((time) => {
    const [hours = '', minutes = ''] = time.split(/[:.]/);
    // "09:00" in the draft may be sent as "9:00" or "9.00".
    return new RegExp(`(^|\\D)0?${Number(hours)}[.:]${minutes}(\\D|$)`).test(text);
  });
  return present.length >= Math.min(2, times.length);
}

export function containsProposal(outgoingText: string, settings: Settings, recentSlotsText?: string): boolean {
  const call = settings.call;
  return (
    containsLink(outgoingText, call.schedulingLink) ||
    containsLink(outgoingText, call.videoRoomLink) ||
    containsPhone(outgoingText, call.phoneNumber) ||
    (recentSlotsText !== undefined && containsSlotTimes(outgoingText, recentSlotsText))
  );
}
