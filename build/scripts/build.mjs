// Builds everything the two shells run: the renderer (Vite) and the Node side (esbuild).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import path from 'node:path';
import { ROOT } from './ensure-deps.mjs';

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Dependencies stay in node_modules (electron-builder packs them); our own code is bundled.
  packages: 'external',
};

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: path.join(ROOT, 'build/vite.config.mjs'), logLevel: quiet ? 'warn' : 'info' });
  await Promise.all([
    esbuild({ ...node, entryPoints: [path.join(ROOT, 'electron/main/main.ts')], outfile: path.join(ROOT, 'dist/electron/main.cjs'), format: 'cjs', external: ['electron'] }),
    // The preload runs sandboxed: one self-contained file that only requires `electron`.
    esbuild({ ...node, packages: undefined, entryPoints: [path.join(ROOT, 'electron/preload/preload.ts')], outfile: path.join(ROOT, 'dist/electron/preload.cjs'), format: 'cjs', external: ['electron'] }),
    // The browser-shell host is bundled whole (its dependencies too): one file that starts fast.
    esbuild({ ...node, packages: undefined, entryPoints: [path.join(ROOT, 'electron/web/cli.ts')], outfile: path.join(ROOT, 'dist/web/host.mjs'), format: 'esm', banner: { js: "import { createRequire as accordCreateRequire } from 'node:module'; const require = accordCreateRequire(import.meta.url);" } }),
    // The standalone relay (`accord-relay`), bundled whole like the host.
    esbuild({ ...node, packages: undefined, entryPoints: [path.join(ROOT, 'electron/relay/cli.ts')], outfile: path.join(ROOT, 'dist/relay/relay.mjs'), format: 'esm', banner: { js: "#!/usr/bin/env node\nimport { createRequire as accordCreateRequire } from 'node:module'; const require = accordCreateRequire(import.meta.url);" } }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
}
