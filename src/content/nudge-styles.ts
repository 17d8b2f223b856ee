// A small card in the bottom-left corner (LinkedIn's own messaging overlay docks bottom-right): it
// covers nothing the user is reading and never takes focus.
export const NUDGE_CSS = `
:host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; max-width: 320px; font: 13px/1.45 -apple-system, system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
:host { --fg: #38434f; --muted: #5e6b78; --card: #ffffff; --border: #d6dde5; --accent: #0a66c2; }
:host([data-theme="dark"]) { --fg: #c9d1d9; --muted: #9aa4ae; --card: #1d2226; --border: #3d444c; --accent: #71b7fb; }
.card { padding: 12px 14px; border: 1px solid var(--border); border-radius: 10px; background: var(--card); color: var(--fg); box-shadow: 0 4px 16px rgb(0 0 0 / 18%); }
.head { display: flex; align-items: flex-start; gap: 8px; }
h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 600; }
p { margin: 6px 0; color: var(--muted); }
ul { margin: 6px 0; padding: 0; list-style: none; }
li { margin: 4px 0; }
a { color: var(--accent); font-weight: 600; text-decoration: none; }
a:hover { text-decoration: underline; }
.why { color: var(--muted); font-weight: 400; }
.actions { display: flex; justify-content: flex-end; margin-top: 8px; }
button { font: inherit; color: var(--accent); background: none; border: 1px solid var(--accent); border-radius: 14px; padding: 2px 12px; cursor: pointer; }
button.close { border: 0; padding: 0 4px; font-size: 16px; line-height: 1; color: var(--muted); }
a:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
