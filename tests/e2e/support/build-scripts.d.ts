// Types for the plain-JavaScript build helpers the tests reuse (they stay .mjs so `npm test` runs without a compiler).
declare module '*/build/scripts/find-chromium.mjs' {
  /** $ACCORD_CHROMIUM, $CHROME_PATH or /usr/bin/chromium; throws a readable error when none exists. */
  export function findChromium(): string;
  /** Flags for Chromium on a build machine: no sandbox (root), no GPU, no network chatter. */
  export const CHROMIUM_ARGS: readonly string[];
}
