// Calm by design: a small muted pill that reads as part of LinkedIn's own meta line, in both themes.
export const LABEL_CSS = `
:host { margin: 4px 0; }
.wrap { position: relative; display: inline-block; max-width: 100%; }
.pill { display: inline-flex; align-items: center; gap: 6px; max-width: 100%; padding: 2px 10px; border: 1px solid var(--border); border-radius: 12px;
  background: var(--bg); color: var(--fg); cursor: default; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.dot { flex: none; width: 6px; height: 6px; border-radius: 50%; background: var(--muted); }
.high .dot { background: #b24020; }
.name { font-weight: 600; }
.details { display: none; position: absolute; z-index: 10; top: calc(100% + 4px); left: 0; min-width: 240px; max-width: 340px; padding: 10px 12px;
  border: 1px solid var(--border); border-radius: 8px; background: var(--card); color: var(--fg); box-shadow: 0 4px 12px #0002; white-space: normal; }
.wrap:hover .details, .wrap:focus-within .details { display: block; }
ul { margin: 6px 0; padding-left: 18px; }
li { margin: 2px 0; }
.why { margin: 0; color: var(--muted); }
`;
