// Finds a Chromium that still honours --load-extension: CHROME_PATH, Debian's /usr/bin/chromium, or
// chromium / chromium-browser on PATH. Branded Google Chrome 137+ ignores --load-extension, so it is
// not looked for. On a Debian/Ubuntu machine where we are root, a missing Chromium is installed with apt-get.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const APT_PACKAGES = ['chromium', 'fonts-noto-core', 'fonts-noto-color-emoji'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

function locate(): string | null {
  if (process.env.CHROME_PATH) {
    if (executable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable file.`);
  }
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium') ?? onPath('chromium-browser');
}

export async function findChromium(): Promise<string> {
  const found = locate();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`Chromium not found: installing Debian's ${APT_PACKAGES.join(', ')} with apt-get (about a minute)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = locate();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found. Install one that still loads unpacked extensions from the command line:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-core fonts-noto-color-emoji\n' +
      '  Fedora: sudo dnf install chromium   Arch: sudo pacman -S chromium   macOS: brew install --cask chromium\n' +
      'or point CHROME_PATH at a Chromium binary. (Branded Google Chrome 137 and later ignores --load-extension.)',
  );
}
