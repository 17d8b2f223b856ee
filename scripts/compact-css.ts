// The page-side UI keeps its CSS readable in template literals (src/content/**/*-styles.ts); the build
// takes out the whitespace a browser ignores, since every byte of the content script is loaded into every
// LinkedIn page. Whitespace is only collapsed where CSS gives it no meaning: a descendant combinator's
// single space stays, and nothing in these sheets is a quoted string or a comment.

/** One piece of CSS text, without the whitespace around braces, semicolons, commas, `>` and after colons. */
export function compactCss(css: string): string {
  return css
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * Every template literal of a styles module, compacted, with `${…}` interpolations left as they are: the
 * text on either side of one is compacted on its own, so a space next to it (a descendant selector) stays.
 */
export function compactStyleTemplates(code: string): string {
  return code.replace(/`([^`]*)`/g, (_literal, body: string) => {
    const pieces = body.split(/(\$\{[^}]*\})/);
    const compacted = pieces.map((piece, i) => (i % 2 === 1 ? piece : compactCss(piece)));
    return `\`${compacted.join('').trim()}\``;
  });
}
