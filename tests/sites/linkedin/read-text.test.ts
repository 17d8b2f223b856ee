// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normaliseText, visibleLine, visibleText } from '../../../src/sites/linkedin/read-text';

function element(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('visibleText', () => {
  it('turns <br> and paragraphs into line breaks and source indentation into nothing', () => {
    expect(visibleText(element('\n    <span>One\n   line</span><br><br><br><p>Two</p><p>Three</p>'))).toBe('One line\n\nTwo\nThree');
  });

  it('skips controls and screen-reader copies whatever their language', () => {
    const html =
      '<span>Text <a href="#"><span class="visually-hidden">hashtag</span>#ai</a></span><button>… mehr</button>' +
      '<a role="button" class="lt-line-clamp__more">…voir plus</a><span class="a11y-text">Profil anzeigen</span>';
    expect(visibleText(element(html))).toBe('Text #ai');
  });

  it('keeps text the page hides with aria-hidden, which LinkedIn uses for the visible copy', () => {
    expect(visibleText(element('<span aria-hidden="true">Ana Ruiz</span><span class="visually-hidden">Ana Ruiz, 2nd</span>'))).toBe('Ana Ruiz');
  });

  it('visibleLine makes one line', () => {
    expect(visibleLine(element('<p>Ana</p><p>Ruiz</p>'))).toBe('Ana Ruiz');
  });
});

describe('normaliseText', () => {
  it('folds no-break spaces, trims lines and keeps at most one blank line', () => {
    expect(normaliseText('  a\u00a0\u00a0b  \n\n\n\n  c  \n')).toBe('a b\n\nc');
  });
});
