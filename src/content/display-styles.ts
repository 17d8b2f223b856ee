// Page-level rules for the display modes, keyed on an attribute the extension sets on a flagged item.
// Dimming fades the item but gives it back in full on hover or keyboard focus; collapsing hides it
// behind the bar inserted before it. Both are only ever applied when the user chose them.
export const DISPLAY_ATTRIBUTE = 'data-not-so-social-display';

export const DISPLAY_CSS = `
[${DISPLAY_ATTRIBUTE}="dim"] { opacity: 0.45; transition: opacity 120ms ease-out; }
[${DISPLAY_ATTRIBUTE}="dim"]:hover, [${DISPLAY_ATTRIBUTE}="dim"]:focus-within { opacity: 1; }
[${DISPLAY_ATTRIBUTE}="collapse"] { display: none !important; }
@media (prefers-reduced-motion: reduce) { [${DISPLAY_ATTRIBUTE}="dim"] { transition: none; } }
`;

export const COLLAPSE_BAR_CSS = `
:host { all: initial; display: block; margin: 4px 0; font: 13px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
:host { --fg: #38434f; --muted: #5e6b78; --bg: #eef3f8; --border: #d6dde5; --accent: #0a66c2; }
:host([data-theme="dark"]) { --fg: #c9d1d9; --muted: #9aa4ae; --bg: #2a2f35; --border: #3d444c; --accent: #71b7fb; }
.bar { display: flex; align-items: center; gap: 8px; padding: 6px 12px; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); }
.text { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.name { font-weight: 600; }
.reason { color: var(--muted); }
button { font: inherit; color: var(--accent); background: none; border: 0; padding: 2px 6px; border-radius: 4px; cursor: pointer; text-decoration: underline; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
