// Finds a Chromium that still honours --load-extension: CHROME_PATH, Debian's /usr/bin/chromium, or
// chromium / chromium-browser on PATH. Branded Google Chrome 137+ ignores --load-extension, so it is
// not looked for. On a Debian/Ubuntu machine where we are root, a missing Chromium is installed with apt-get.
import { installWithApt, isExecutable, onPath } from './browser-install';

const APT_PACKAGES = ['chromium', 'fonts-noto-core', 'fonts-noto-color-emoji'];

function locate(): string | null {
  if (process.env.CHROME_PATH) {
    if (isExecutable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable file.`);
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium') ?? onPath('chromium-browser');
}

export async function findChromium(): Promise<string> {
  const found = locate();
  if (found) return found;
  if (installWithApt(APT_PACKAGES, 'Chromium')) {
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
