// Where the tests' Chromium is: $ACCORD_CHROMIUM, then $CHROME_PATH, then Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.ACCORD_CHROMIUM, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests and benchmarks. Install Debian\'s package ' +
        '(`sudo apt-get install -y chromium`) or set ACCORD_CHROMIUM to a Chromium binary.',
    );
  }
  return found;
}

/** Flags for running Chromium on a build machine with no network and as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
