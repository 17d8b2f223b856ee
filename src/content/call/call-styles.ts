// The call controls read as one more quiet row of LinkedIn's composer, in both themes; the nudge as a
// calm note in the thread. Nothing animates, nothing covers the page.
const BUTTONS = `
button { border-radius: 14px; padding: 2px 12px; }
.primary { background: var(--card); font-weight: 600; }
.primary:hover { background: var(--bg); }
`;

export const CALL_CONTROLS_CSS = `${BUTTONS}
:host { padding: 4px 12px; }
.bar, .calendar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; color: var(--fg); }
.status, .calendar { color: var(--muted); }
.calendar { gap: 4px 8px; }
.status:empty, .calendar[hidden] { display: none; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
select { font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--border); border-radius: 6px; padding: 1px 4px; }
`;

export const CALL_NUDGE_CSS = `${BUTTONS}
.note { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 8px 12px; padding: 8px 12px;
  border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--fg); }
.text { flex: 1 1 200px; }
.dismiss { color: var(--muted); border: 0; }
`;
