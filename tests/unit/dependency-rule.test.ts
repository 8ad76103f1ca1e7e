/**
 * The dependency rule, checked on the source text as a second line behind the
 * per-side TypeScript projects: shared/ imports nothing of the app, React, the
 * DOM, Node or Electron; electron/ never imports renderer/; renderer/ never
 * imports electron/; only electron/main and the preload import `electron`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

function resolvesInto(file: string, specifier: string, folder: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), specifier);
  return target.startsWith(path.join(ROOT, folder) + path.sep);
}

describe('dependency rule', () => {
  it('shared/ imports only shared/, yjs, lib0, zod, diff and fflate', () => {
    // diff (jsdiff): pure JavaScript, no DOM or Node; compares document versions.
    // fflate: pure JavaScript zip, no DOM or Node; the `.accord` file container (shared/files).
    // mdast-util-from-markdown, mdast-util-gfm, micromark-extension-gfm (+ the `mdast` types), htmlparser2:
    // pure JavaScript parsers, no DOM or Node; Markdown and DOCX (HTML) import (shared/import).
    // docx: pure JavaScript DOCX writer (its zip is jszip), no DOM or Node at run time; the DOCX export (shared/export).
    const allowed = /^(yjs|lib0(\/.*)?|zod|diff|fflate|mdast|mdast-util-from-markdown|mdast-util-gfm|micromark-extension-gfm|htmlparser2|docx)$/;
    for (const file of sources(path.join(ROOT, 'shared'))) {
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) expect(resolvesInto(file, spec, 'shared'), `${file} → ${spec}`).toBe(true);
        else expect(allowed.test(spec), `${file} → ${spec}`).toBe(true);
      }
    }
  });

  it('renderer/ never imports electron/ or node built-ins', () => {
    for (const file of sources(path.join(ROOT, 'renderer'))) {
      for (const spec of imports(file)) {
        expect(resolvesInto(file, spec, 'electron'), `${file} → ${spec}`).toBe(false);
        expect(spec === 'electron' || spec.startsWith('node:'), `${file} → ${spec}`).toBe(false);
      }
    }
  });

  it('electron/ never imports renderer/, and only electron/main and the preload import electron', () => {
    for (const file of sources(path.join(ROOT, 'electron'))) {
      const rel = path.relative(ROOT, file);
      for (const spec of imports(file)) {
        expect(resolvesInto(file, spec, 'renderer'), `${rel} → ${spec}`).toBe(false);
        if (spec === 'electron') expect(rel.startsWith(`electron${path.sep}main`) || rel.startsWith(`electron${path.sep}preload`), rel).toBe(true);
      }
    }
  });

  it('the preload imports only electron and the contract', () => {
    for (const file of sources(path.join(ROOT, 'electron/preload'))) {
      for (const spec of imports(file)) {
        const ok = spec === 'electron' || resolvesInto(file, spec, 'shared/ipc');
        expect(ok, `${file} → ${spec}`).toBe(true);
      }
    }
  });
});
