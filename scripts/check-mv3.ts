// `npm run check:mv3`: the built extensions checked against the store rules a reviewer applies and
// against DESIGN.md's promises. Manifest V3; no remote code (no script from the network, no eval or
// new Function); least privilege (only permissions we use, only LinkedIn); the default CSP, never
// loosened; no web_accessible_resources for LinkedIn to probe; no network request of our own; the
// scripts the worker injects on demand are in the build and in no manifest; the content script every
// LinkedIn page gets stays within its size budget.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INJECTED_SCRIPT_FILES } from '../src/background/script-injection';
import { gzippedSize } from './gzipped-size';
import { listFiles } from './reproducible-zip';

export interface Finding {
  rule: string;
  detail: string;
}

export interface Policy {
  /**
   * API permissions the product may ask for (DESIGN.md: storage, plus the alarms and notifications it
   * uses; scripting injects the parts in INJECTED_PARTS into the LinkedIn tabs that need them).
   */
  permissions: readonly string[];
  /** Host patterns it may touch: the sites it supports, nothing broader. */
  hosts: readonly string[];
}

export const POLICY: Policy = {
  permissions: ['storage', 'alarms', 'notifications', 'scripting'],
  hosts: ['https://www.linkedin.com/*'],
};

/** How a permission shows up in minified code when it is really used. */
const PERMISSION_USE: Record<string, RegExp> = {
  storage: /\.storage\b/,
  alarms: /\.alarms\b/,
  notifications: /\.notifications\b/,
  scripting: /\.scripting\b/,
};

const CODE_RULES: Array<{ rule: string; pattern: RegExp }> = [
  { rule: 'no eval', pattern: /(?<![.\w$])eval\s*\(/ },
  { rule: 'no new Function', pattern: /\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(\s*["'`]/ },
  { rule: 'no string timers', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { rule: 'no remote scripts', pattern: /\bimport(?:Scripts)?\s*\(\s*["'`](?:https?:)?\/\//i },
  { rule: 'no remote scripts', pattern: /\bfrom\s*["'`](?:https?:)?\/\//i },
  { rule: 'no network requests', pattern: /(?<![.\w$])fetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b/ },
];

const HTML_RULES: Array<{ rule: string; pattern: RegExp }> = [
  { rule: 'no remote scripts', pattern: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i },
  // MV3's CSP blocks inline script anyway; finding one means a page is broken.
  { rule: 'no inline scripts', pattern: /<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i },
  { rule: 'no remote styles or modules', pattern: /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i },
];

interface Manifest {
  manifest_version?: unknown;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

const list = (values: readonly string[]): string => values.join(', ');

/** `https://www.linkedin.com/feed/*` is within `https://www.linkedin.com/*`; `https://*.linkedin.com/*` is not. */
function withinPattern(pattern: string, allowed: string): boolean {
  return pattern === allowed || (allowed.endsWith('/*') && pattern.startsWith(allowed.slice(0, -1)));
}

function checkCsp(csp: unknown): Finding[] {
  if (csp === undefined) return [];
  if (typeof csp !== 'object' || csp === null) return [{ rule: 'CSP not loosened', detail: 'content_security_policy must be the MV3 object form' }];
  const findings: Finding[] = [];
  for (const [key, policy] of Object.entries(csp)) {
    if (key === 'sandbox') {
      findings.push({ rule: 'CSP not loosened', detail: 'no sandbox pages: their CSP allows eval' });
      continue;
    }
    for (const directive of String(policy).split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'object-src' && name !== 'default-src' && name !== 'worker-src') continue;
      const loose = sources.filter((s) => s !== "'self'" && s !== "'none'" && s !== "'wasm-unsafe-eval'");
      if (loose.length > 0) findings.push({ rule: 'CSP not loosened', detail: `${key} ${name} adds ${list(loose)}` });
    }
  }
  return findings;
}

/** The manifest rules; `code` is all the built JavaScript, to tell a used permission from a stray one. */
export function checkManifest(manifest: Manifest, code: string, policy: Policy = POLICY): Finding[] {
  const findings: Finding[] = [];
  const firefox = manifest.browser_specific_settings !== undefined;
  if (manifest.manifest_version !== 3) findings.push({ rule: 'Manifest V3', detail: `manifest_version is ${String(manifest.manifest_version)}` });

  const background = manifest.background;
  if (firefox ? !background?.scripts?.length : !background?.service_worker) {
    findings.push({ rule: 'Manifest V3', detail: firefox ? 'background.scripts is missing' : 'background.service_worker is missing' });
  }
  if (background && background.type !== 'module') findings.push({ rule: 'Manifest V3', detail: 'the background must be an ES module' });

  const permissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const extra = permissions.filter((p) => !policy.permissions.includes(p));
  if (extra.length > 0) findings.push({ rule: 'least permissions', detail: `not on the allowed list: ${list(extra)}` });
  const unused = permissions.filter((p) => PERMISSION_USE[p] && !PERMISSION_USE[p].test(code));
  if (unused.length > 0) findings.push({ rule: 'least permissions', detail: `declared but never used by the code: ${list(unused)}` });

  const hosts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
  const broad = hosts.filter((h) => !policy.hosts.some((allowed) => withinPattern(h, allowed)));
  if (broad.length > 0) findings.push({ rule: 'least permissions', detail: `hosts beyond ${list(policy.hosts)}: ${list([...new Set(broad)])}` });

  findings.push(...checkCsp(manifest.content_security_policy));
  if (manifest.web_accessible_resources !== undefined) {
    findings.push({ rule: 'no web_accessible_resources', detail: 'pages could detect the extension by probing them' });
  }
  if (manifest.externally_connectable !== undefined) {
    findings.push({ rule: 'least permissions', detail: 'externally_connectable lets web pages message the extension' });
  }
  return findings;
}

/** Remote-code and network rules over one built file. */
export function checkFile(path: string, text: string): Finding[] {
  const rules = path.endsWith('.html') ? HTML_RULES : path.endsWith('.js') || path.endsWith('.mjs') ? CODE_RULES : [];
  return rules.filter(({ pattern }) => pattern.test(text)).map(({ rule, pattern }) => {
    const at = text.search(pattern);
    return { rule, detail: `${path}: …${text.slice(Math.max(0, at - 40), at + 60)}…` };
  });
}

/** Files the manifest names that the build did not write. */
function missingFiles(manifest: Manifest, files: ReadonlySet<string>): Finding[] {
  const named = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
    (manifest.action as { default_popup?: string } | undefined)?.default_popup,
    (manifest.options_ui as { page?: string } | undefined)?.page,
    ...Object.values((manifest.icons as Record<string, string> | undefined) ?? {}),
  ].filter((path): path is string => typeof path === 'string');
  return named.filter((path) => !files.has(path)).map((path) => ({ rule: 'complete build', detail: `manifest names ${path}, which is not in the build` }));
}

/**
 * Scripts the worker injects with `scripting.executeScript`: the build must hold them, and no manifest
 * may name them, or every LinkedIn page would load them again.
 */
export function checkInjectedScripts(
  manifest: Manifest,
  files: ReadonlySet<string>,
  injected: readonly string[] = Object.values(INJECTED_SCRIPT_FILES),
): Finding[] {
  const declared = new Set((manifest.content_scripts ?? []).flatMap((s) => s.js ?? []));
  return injected.flatMap((path) => [
    ...(files.has(path) ? [] : [{ rule: 'complete build', detail: `the worker injects ${path}, which is not in the build` }]),
    ...(declared.has(path) ? [{ rule: 'on-demand script', detail: `${path} is injected on demand but also listed in content_scripts` }] : []),
  ]);
}

/** issue #4's goal for what every LinkedIn page downloads and parses: bytes, zlib level 9 (gzipped-size.ts). */
export const CONTENT_SCRIPT_BUDGET = 10_000;

const bytes = (count: number): string => `${count.toLocaleString('en')} B`;

/** A script the manifest injects into every page of the site, over the budget gzipped. */
export function checkContentScriptSize(path: string, code: Uint8Array | string, budget: number = CONTENT_SCRIPT_BUDGET): Finding[] {
  const size = gzippedSize(code);
  if (size <= budget) return [];
  return [
    {
      rule: 'content script size',
      detail:
        `${path} is ${bytes(size)} gzipped (zlib level 9), ${bytes(size - budget)} over the ${bytes(budget)} budget: ` +
        'move code that only some pages or users need into a part the worker injects on demand (INJECTED_PARTS in src/messages.ts)',
    },
  ];
}

export async function checkBuild(dir: string, policy: Policy = POLICY): Promise<Finding[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const paths = await listFiles(dir);
  const texts = await Promise.all(
    paths.filter((p) => /\.(m?js|html)$/.test(p)).map(async (path) => ({ path, text: await readFile(join(dir, path), 'utf8') })),
  );
  const code = texts.filter((t) => !t.path.endsWith('.html')).map((t) => t.text).join('\n');
  const files = new Set(paths);
  const contentScripts = new Set((manifest.content_scripts ?? []).flatMap((s) => s.js ?? []));
  return [
    ...checkManifest(manifest, code, policy),
    ...missingFiles(manifest, files),
    ...checkInjectedScripts(manifest, files),
    ...texts.flatMap((t) => checkFile(t.path, t.text)),
    ...texts.filter((t) => contentScripts.has(t.path)).flatMap((t) => checkContentScriptSize(t.path, t.text)),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..');
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'dist/chrome'), join(root, 'dist/firefox')];
  let failed = false;
  for (const dir of dirs) {
    const findings = await checkBuild(dir);
    failed ||= findings.length > 0;
    console.log(findings.length === 0 ? `✓ ${dir}: MV3, no remote code, least permissions, default CSP, content script within ${bytes(CONTENT_SCRIPT_BUDGET)} gzipped` : `✗ ${dir}`);
    for (const { rule, detail } of findings) console.log(`  ${rule}: ${detail}`);
  }
  process.exitCode = failed ? 1 : 0;
}
