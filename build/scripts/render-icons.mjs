// Renders build/icons/icon.svg to the PNG sizes electron-builder's icon set expects
// (`NxN.png` in build/icons/), with the same Chromium the tests use. Run after
// changing the SVG: `node build/scripts/render-icons.mjs`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { ROOT } from './ensure-deps.mjs';

const ICON_DIR = path.join(ROOT, 'build/icons');
const SIZES = [512, 256];

const svg = await readFile(path.join(ICON_DIR, 'icon.svg'), 'utf8');
const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'accord-icons-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
});
try {
  const page = await context.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG is inlined and scaled to the viewport; the page background stays transparent.
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const file = path.join(ICON_DIR, `${size}x${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
