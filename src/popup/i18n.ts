// The pages' one door to the _locales catalog. Chrome's i18n has no plural forms, so a counted
// message comes as a pair of keys, `fooOne` and `foo`, and the UI language's plural rule picks one.
import browser from 'webextension-polyfill';

export const t = (key: string, substitutions?: string[]): string => browser.i18n.getMessage(key, substitutions) || key;

export const uiLanguage = (): string => browser.i18n.getUILanguage() || 'en';

/**
 * A message about `count` things; the count is the first placeholder, already formatted, so that the
 * singular form still reads correctly in languages where "one" also covers 0 (French).
 */
let pluralRules: Intl.PluralRules | undefined;

export function tCount(key: string, count: number, formatted: string, more: string[] = []): string {
  pluralRules ??= new Intl.PluralRules(uiLanguage());
  const rule = pluralRules.select(count);
  return t(rule === 'one' ? `${key}One` : key, [formatted, ...more]);
}
