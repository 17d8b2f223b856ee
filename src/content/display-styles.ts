// Page-level rules for the display modes, keyed on an attribute the extension sets on a flagged item.
// Dimming fades the item but gives it back in full on hover or keyboard focus; collapsing hides it
// behind the bar inserted before it. Both are only ever applied when the user chose them.
export const DISPLAY_ATTRIBUTE = 'data-not-so-social-display';

export const DISPLAY_CSS = `
[${DISPLAY_ATTRIBUTE}=dim] { opacity: .45; transition: opacity 120ms ease-out; }
[${DISPLAY_ATTRIBUTE}=dim]:hover, [${DISPLAY_ATTRIBUTE}=dim]:focus-within { opacity: 1; }
[${DISPLAY_ATTRIBUTE}=collapse] { display: none !important; }
@media (prefers-reduced-motion: reduce) { [${DISPLAY_ATTRIBUTE}=dim] { transition: none; } }
`;

export const COLLAPSE_BAR_CSS = `
:host { margin: 4px 0; font-size: 13px; }
.bar { display: flex; align-items: center; gap: 8px; padding: 6px 12px; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); }
.text { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.name { font-weight: 600; }
.reason { color: var(--muted); }
button { border: 0; border-radius: 4px; padding: 2px 6px; text-decoration: underline; }
`;
