import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const config = JSON.parse(readFileSync(path.join(root, 'build/electron-builder.json'), 'utf8'));
const buildScript = readFileSync(path.join(root, 'build/scripts/build.mjs'), 'utf8');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function targetNames(targets: unknown): string[] {
  return (targets as (string | { target: string })[]).map((target) => (typeof target === 'string' ? target : target.target));
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('org.accord.desktop');
    expect(config.productName).toBe('Accord');
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('release');
  });

  it('packs what build.mjs produces and starts the bundled main file', () => {
    expect(config.files).toEqual(['dist/**', 'package.json']);
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
    expect(packageJson.main).toBe(config.extraMetadata.main);
    expect(buildScript).toContain("'dist/electron/main.cjs'");
    expect(buildScript).toContain("'dist/electron/preload.cjs'");
    expect(readFileSync(path.join(root, 'build/vite.config.mjs'), 'utf8')).toContain("'dist/renderer'");
  });

  it('builds AppImage and deb, an NSIS installer and a DMG', () => {
    expect(targetNames(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.linux.desktop.entry.Name).toBe('Accord');
    expect(targetNames(config.win.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(targetNames(config.mac.target)).toEqual(['dmg']);
    expect(config.mac).toMatchObject({ category: 'public.app-category.productivity', hardenedRuntime: true });
  });

  it('opens .accord workspace files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'accord',
        name: 'Accord workspace',
        mimeType: 'application/x-accord-workspace',
        role: 'Editor',
      }),
    ]);
  });

  it('has the icon set electron-builder looks for', () => {
    const iconDir = path.join(root, config.icon);
    expect(existsSync(path.join(iconDir, 'icon.svg'))).toBe(true);
    for (const size of [256, 512]) {
      expect(pngSize(path.join(iconDir, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('is the file the dist script uses', () => {
    expect(packageJson.scripts.dist).toContain('build/electron-builder.json');
  });
});
