// What every piece of the extension's shadow UI shares, adopted once by all of them: no page style leaks
// in, the system font, LinkedIn's palette in its light and dark themes (the host says data-theme="dark"),
// quiet outlined buttons and a visible keyboard focus. Each UI kind's own sheet comes after and overrides.
export const THEME_CSS = `
:host { all: initial; display: block; font: 12px/1.4 system-ui, sans-serif;
  --fg: #38434f; --muted: #5e6b78; --bg: #eef3f8; --border: #d6dde5; --card: #fff; --accent: #0a66c2; }
:host([data-theme=dark]) { --fg: #c9d1d9; --muted: #9aa4ae; --bg: #2a2f35; --border: #3d444c; --card: #1d2226; --accent: #71b7fb; }
button { font: inherit; color: var(--accent); background: none; border: 1px solid var(--accent); border-radius: 12px; padding: 2px 10px; cursor: pointer; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
