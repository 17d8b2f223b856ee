// Calm by design: a small muted pill that reads as part of LinkedIn's own meta line, in both themes.
export const LABEL_CSS = `
:host { all: initial; display: block; margin: 4px 0; font: 12px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
:host([data-theme="dark"]) { --fg: #c9d1d9; --muted: #9aa4ae; --bg: #2a2f35; --border: #3d444c; --card: #1d2226; --accent: #71b7fb; }
:host { --fg: #38434f; --muted: #5e6b78; --bg: #eef3f8; --border: #d6dde5; --card: #ffffff; --accent: #0a66c2; }
.wrap { position: relative; display: inline-block; max-width: 100%; }
.pill { display: inline-flex; align-items: center; gap: 6px; padding: 2px 10px; border-radius: 12px; border: 1px solid var(--border);
  background: var(--bg); color: var(--fg); cursor: default; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 100%; }
.pill:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: var(--muted); flex: none; }
.high .dot { background: #b24020; }
.name { font-weight: 600; }
.details { display: none; position: absolute; z-index: 10; top: calc(100% + 4px); left: 0; min-width: 240px; max-width: 340px;
  padding: 10px 12px; border-radius: 8px; border: 1px solid var(--border); background: var(--card); color: var(--fg);
  box-shadow: 0 4px 12px rgb(0 0 0 / 15%); white-space: normal; }
.wrap:hover .details, .wrap:focus-within .details { display: block; }
ul { margin: 6px 0; padding-left: 18px; }
li { margin: 2px 0; }
.why { color: var(--muted); margin: 0; }
button { font: inherit; color: var(--accent); background: none; border: 1px solid var(--accent); border-radius: 12px; padding: 2px 10px; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
