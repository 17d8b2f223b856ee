import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_BITS, fingerprintDistance, textFingerprint } from '../../src/detect/fingerprint';
import { TemplateMemory } from '../../src/detect/template-memory';

// A job platform's sign-up pitch as ten recruiters sent it (shaped on the copies in
// data/corpus/templates-received-linkedin-was-fresh5-dev.jsonl): the job title, its noun, the tracking
// link, the spacing and whether the name was filled in differ from copy to copy.
const pitch = (opening: string, title: string, link: string): string =>
  `${opening}  I reviewed your application for ${title} and I am impressed with your background. To get started, please take 2 minutes to register and upload your resume. Here is the link for you:   ${link}   Let me know as soon as you do this so I can help you with submitting applications!`;

const blastCopies = [
  pitch('Hi ,', 'our Data Science Internship', 'https://jobs.example.com/index?r=3KXvbm'),
  pitch('Hi Priya,', 'our Data Science job', 'https://jobs.example.com/index?r=3KXvbm'),
  pitch('Hi Priya,', 'our Data Science Intern job', 'https://jobs.example.com/index?r=hvTzub'),
  pitch('Hi Priya,', 'Data Science intern', 'https://jobs.example.com/index?r=hvTzub'),
  pitch('Hi Priya,', 'our Data Science internship opportunities', 'https://jobs.example.com/index?r=hvTzub'),
  pitch('Hello Priya,', 'our Machine Learning Engineer role', 'https://jobs.example.com/index?r=Zq81xx'),
];

// Genuine messages heavy with what the fingerprint masks (names, products, versions, dates): before
// runs of masks collapsed, texts like these shared their "# # #" shingles and fingerprinted alike.
const maskHeavy = [
  'Hi All, Anyone ever try connecting at 1200bps in Linux? I have got a USR 56K Faxmodem which is meant to connect to another modem and I have to connect at this speed due to the NT port settings on Windows NT 4.0 SP6.',
  'I remember apt-get dist-upgrading from Red Hat 7.2 to 7.3 fine, so it should work, maybe. On Tuesday, October 01, 2002 Thomas Vander Stichele wrote that Apt 0.5 and RPM 4.1 were fine with Ximian Evolution.',
  'Job Title - Business Analyst Duration - 08 Months Location - Phoenix, AZ Rate - $55/hr on C2C. Please share your updated resume with Maria Lopez at Acme Staffing LLC if you are interested in this role.',
  'My sister Ana Ruiz starts at Globex in Berlin on Monday, March 3, and Tom from Initech says the Q2 Offsite moved to Lisbon on June 12 to June 14, so could we push our Friday Lunch to April?',
];

describe('textFingerprint on a recruiters\u2019 blast', () => {
  it('puts every copy within NEAR_DUPLICATE_BITS of another, whatever the title, link and greeting', () => {
    const fingerprints = blastCopies.map(textFingerprint);
    for (const [index, fp] of fingerprints.entries()) {
      const nearest = Math.min(...fingerprints.filter((_, other) => other !== index).map((other) => fingerprintDistance(fp, other)));
      expect(nearest, blastCopies[index]).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    }
  });

  it('leaves out a name that opens a message before a comma, as it leaves out the greeting\u2019s', () => {
    const invitation = (name: string, role: string): string =>
      `${name}, I hope you accept this invitation to be part of my network. I am the ${role} at a new startup, and I am looking to expand my network of like-minded people in my city.`;
    expect(textFingerprint(invitation('Abhishek', 'Co Founder'))).toBe(textFingerprint(invitation('Jaclyn', 'Ops Manager')));
  });

  it('keeps texts full of masked words apart', () => {
    const fingerprints = maskHeavy.map(textFingerprint);
    for (const [i, a] of fingerprints.entries()) {
      expect(a).toMatch(/^[0-9a-f]{16}$/);
      for (const b of fingerprints.slice(i + 1)) expect(fingerprintDistance(a, b)).toBeGreaterThan(2 * NEAR_DUPLICATE_BITS);
    }
  });

  it('keeps the blast apart from genuine messages that share its words', () => {
    const reply = 'Hi Priya, I reviewed your application notes with the team and we are impressed. Could you upload the signed offer letter before Friday so I can help you with the visa paperwork?';
    for (const copy of blastCopies) expect(fingerprintDistance(textFingerprint(copy), textFingerprint(reply))).toBeGreaterThan(NEAR_DUPLICATE_BITS);
  });
});

describe('TemplateMemory on an inbox', () => {
  it('counts the blast from its second sender on, and none of the genuine messages between its copies', () => {
    const memory = new TemplateMemory();
    const counts: number[] = [];
    const genuineCounts: number[] = [];
    for (const [index, copy] of blastCopies.entries()) {
      const genuine = maskHeavy[index];
      if (genuine !== undefined) {
        genuineCounts.push(memory.otherSenders(textFingerprint(genuine), `friend-${index}`));
        memory.record(textFingerprint(genuine), `friend-${index}`);
      }
      counts.push(memory.otherSenders(textFingerprint(copy), `recruiter-${index}`));
      memory.record(textFingerprint(copy), `recruiter-${index}`);
    }
    expect(counts[0]).toBe(0);
    for (const count of counts.slice(1)) expect(count).toBeGreaterThan(0);
    expect(genuineCounts).toEqual([0, 0, 0, 0]);
  });
});
