import { describe, expect, test } from 'vitest';
import { judge, type LintMessage, type LintReport } from '../../scripts/lint-firefox';

const PREACT_DIFF = 'f?(c||m&&(f.__html==m.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[])';
const PREACT_SOURCE = `var n;function x(e,d,b){d==\`dangerouslySetInnerHTML\`?f=b:d==\`value\`?x=b:0;${PREACT_DIFF}}`;
const OWN_SOURCE = 'function render(e){e.innerHTML=location.hash}';

function warning(file: string, source: string, needle: string): LintMessage {
  return { _type: 'warning', code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file, line: 1, column: source.indexOf(needle) };
}
const report = (parts: Partial<LintReport>): LintReport => ({ errors: [], warnings: [], notices: [], ...parts });

describe('judge', () => {
  test("explains preact's dangerouslySetInnerHTML branch as a bundled-library warning", () => {
    const sources = new Map([['assets/jsxRuntime.js', PREACT_SOURCE]]);
    const verdict = judge(report({ warnings: [warning('assets/jsxRuntime.js', PREACT_SOURCE, 'e.innerHTML=f.__html')] }), sources, false);
    expect(verdict.failures).toEqual([]);
    expect(verdict.explained.map((e) => e.known.library)).toEqual(['preact']);
  });

  test('fails the same warning in our own code', () => {
    const sources = new Map([['src/content/index.js', OWN_SOURCE]]);
    const verdict = judge(report({ warnings: [warning('src/content/index.js', OWN_SOURCE, 'e.innerHTML')] }), sources, false);
    expect(verdict.failures.map((f) => f.file)).toEqual(['src/content/index.js']);
    expect(verdict.explained).toEqual([]);
  });

  test('stops excusing preact once our sources use dangerouslySetInnerHTML', () => {
    const sources = new Map([['assets/jsxRuntime.js', PREACT_SOURCE]]);
    const verdict = judge(report({ warnings: [warning('assets/jsxRuntime.js', PREACT_SOURCE, 'e.innerHTML=f.__html')] }), sources, true);
    expect(verdict.failures).toHaveLength(1);
  });

  test('fails every error and every unknown notice', () => {
    const error: LintMessage = { _type: 'error', code: 'MANIFEST_FIELD_REQUIRED', message: 'missing' };
    const notice: LintMessage = { _type: 'notice', code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', message: 'old', file: 'manifest.json' };
    const verdict = judge(report({ errors: [error], notices: [notice] }), new Map([['manifest.json', '{}']]), false);
    expect(verdict.failures).toEqual([error, notice]);
  });
});
