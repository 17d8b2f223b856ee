// The call controls read as one more quiet row of LinkedIn's composer, in both themes; the nudge as a
// calm note in the thread. Nothing animates, nothing covers the page.
const BASE = `
:host { all: initial; display: block; font: 12px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
:host { --fg: #38434f; --muted: #5e6b78; --bg: #eef3f8; --border: #d6dde5; --accent: #0a66c2; --card: #ffffff; }
:host([data-theme="dark"]) { --fg: #c9d1d9; --muted: #9aa4ae; --bg: #2a2f35; --border: #3d444c; --accent: #71b7fb; --card: #1d2226; }
button { font: inherit; cursor: pointer; border-radius: 14px; padding: 2px 12px; }
button:focus-visible, a:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.primary { color: var(--accent); background: var(--card); border: 1px solid var(--accent); font-weight: 600; }
.primary:hover { background: var(--bg); }
`;

export const CALL_CONTROLS_CSS = `${BASE}
:host { padding: 4px 12px; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; color: var(--fg); }
.status { color: var(--muted); }
.status:empty { display: none; }
.calendar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; color: var(--muted); }
.calendar[hidden] { display: none; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
select { font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: 1px 4px; }
`;

export const CALL_NUDGE_CSS = `${BASE}
.note { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 8px 12px; padding: 8px 12px;
  border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); }
.text { flex: 1 1 200px; }
.dismiss { color: var(--muted); background: none; border: none; }
`;
