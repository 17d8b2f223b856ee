// A small card in the bottom-left corner (LinkedIn's own messaging overlay docks bottom-right): it
// covers nothing the user is reading and never takes focus.
export const NUDGE_CSS = `
:host { position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; max-width: 320px; font-size: 13px; line-height: 1.45; }
.card { padding: 12px 14px; border: 1px solid var(--border); border-radius: 10px; background: var(--card); color: var(--fg); box-shadow: 0 4px 16px #0003; }
.head { display: flex; align-items: flex-start; gap: 8px; }
h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 600; }
p, .why { margin: 6px 0; color: var(--muted); font-weight: 400; }
ul { margin: 6px 0; padding: 0; list-style: none; }
li { margin: 4px 0; }
a { color: var(--accent); font-weight: 600; text-decoration: none; }
a:hover { text-decoration: underline; }
.actions { display: flex; justify-content: flex-end; margin-top: 8px; }
button { border-radius: 14px; padding: 2px 12px; }
.close { border: 0; padding: 0 4px; font-size: 16px; line-height: 1; color: var(--muted); }
`;
