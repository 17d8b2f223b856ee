// The mirror hint sits under the editor as one quiet line, in a warmer tone than the labels; it takes no
// space while there is nothing to say.
export const HINT_CSS = `
:host { --fg: #38434f; --bg: #fdf6e3; --border: #e8d9a8; }
:host([data-theme=dark]) { --fg: #e6d9b0; --bg: #2e2a1f; --border: #5a4e2c; }
.hint { margin: 4px 0; padding: 4px 10px; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); }
.hint:empty { display: none; }
`;
