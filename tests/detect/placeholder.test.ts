import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, PLACEHOLDER_ALL } from '../../src/detect/placeholder';

describe('PLACEHOLDER', () => {
  it.each([
    '{{first_name}}',
    '{{ company }}',
    '{first_name}',
    '[First Name]',
    '[Name]',
    '[NAME]',
    '[Your name]',
    '[Prénom]',
    '[Nombre]',
    '[Vorname]',
    '[specific topic]',
    '[link to Loom video or landing page]',
    '[Mutual Connection Name]',
    '[LEAD_MAGNET]',
    '[X]',
    '%FIRSTNAME%',
    '*|FNAME|*',
  ])('finds %s', (placeholder) => {
    expect(PLACEHOLDER.exec(`Hi ${placeholder}, quick one.`)?.[0]).toBe(placeholder);
  });

  // Brackets and braces from genuine mail: quoted repliers, editorial notes, rpm macros, TeX, buttons.
  it.each([
    '[Tim] wrote: that is not what the spec says',
    'I would like to use [Link] a lot more',
    'The meanings have evolved, do you [or they] mean that',
    'install into %{_datadir}/app and %{name}-%{version}',
    'Terminal velocity is $v_{T} = \\sqrt{2mg}$',
    '[catching up on email after conference] sorry for the delay',
    'rpm -e [rpm package] gives an error',
    '[sic]',
    'set %windir% first',
  ])('leaves genuine text alone: %s', (text) => {
    expect(PLACEHOLDER.exec(text)).toBeNull();
  });

  it('masking still covers every bracketed span a template may hold', () => {
    expect('Hi [Tim], see [Dealership]'.match(PLACEHOLDER_ALL)).toEqual(['[Tim]', '[Dealership]']);
  });
});
