// What finding a browser for the demo and the tests needs, for Chromium and Firefox alike: is a file
// runnable, what is on PATH, and on a Debian/Ubuntu machine where we are root, installing the
// browser with apt-get (and saying so) so that the README's two commands work on a fresh machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Installs Debian packages when that is possible here; false where it is not (not root, no apt-get). */
export function installWithApt(packages: string[], what: string): boolean {
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return false;
  console.log(`${what} not found: installing Debian's ${packages.join(', ')} with apt-get (a minute or two)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return true;
}
