// @vitest-environment happy-dom
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { compactCss, compactStyleTemplates } from '../../scripts/compact-css';
import { CALL_CONTROLS_CSS, CALL_NUDGE_CSS } from '../../src/content/call/call-styles';
import { COLLAPSE_BAR_CSS, DISPLAY_CSS } from '../../src/content/display-styles';
import { HINT_CSS } from '../../src/content/hint-styles';
import { LABEL_CSS } from '../../src/content/label-styles';
import { NUDGE_CSS } from '../../src/content/nudge-styles';
import { THEME_CSS } from '../../src/content/theme-styles';

/**
 * Each rule as the CSS parser reads it: what compacting must not change. The parser keeps selectors and
 * media conditions as written, so how much whitespace, and the spacing of selector lists, child combinators
 * and `(feature: value)`, is set aside.
 */
function parsed(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' ').replace(/ ?([,>]) ?/g, '$1').replace(/\(([\w-]+): /g, '($1:'));
}

const SHEETS = { CALL_CONTROLS_CSS, CALL_NUDGE_CSS, COLLAPSE_BAR_CSS, DISPLAY_CSS, HINT_CSS, LABEL_CSS, NUDGE_CSS, THEME_CSS };

describe('compactCss', () => {
  test('takes out whitespace around braces, semicolons, commas and child combinators, and after colons', () => {
    expect(compactCss('.a, .b > .c {\n  color: red; margin: 0 4px;\n}')).toBe('.a,.b>.c{color:red;margin:0 4px}');
  });

  test('keeps the space of a descendant selector, before a pseudo-class it qualifies, and inside values', () => {
    expect(compactCss('.wrap :focus-visible { top: calc(100% + 4px); font: 12px/1.4 system-ui, sans-serif; }')).toBe(
      '.wrap :focus-visible{top:calc(100% + 4px);font:12px/1.4 system-ui,sans-serif}',
    );
  });

  test.each(Object.entries(SHEETS))('%s reads the same to the browser, and shorter', (_name, css) => {
    const compact = compactCss(css).trim();
    expect(compact.length).toBeLessThan(css.length);
    expect(parsed(compact)).toEqual(parsed(css));
    expect(parsed(css).length).toBeGreaterThan(0);
  });
});

describe('compactStyleTemplates', () => {
  test('compacts each template literal, leaving interpolations and the space beside them alone', () => {
    const code = 'const A = `\n[${x}=dim] { opacity: .45; }\n${B} .c { color: red; }\n`;';
    expect(compactStyleTemplates(code)).toBe('const A = `[${x}=dim]{opacity:.45}${B} .c{color:red}`;');
  });

  test('every styles module holds only CSS templates: compacted, each still parses to the same rules', async () => {
    for (const path of ['src/content/label-styles.ts', 'src/content/display-styles.ts', 'src/content/call/call-styles.ts']) {
      const source = await readFile(path, 'utf8');
      const literals = (text: string): string[] => [...text.matchAll(/`([^`]*)`/g)].map((m) => m[1]!.replace(/\$\{[^}]*\}/g, '[x]'));
      const before = literals(source);
      const after = literals(compactStyleTemplates(source));
      expect(after).toHaveLength(before.length);
      after.forEach((css, i) => expect(parsed(css)).toEqual(parsed(before[i]!)));
    }
  });
});
