/**
 * Every message key the renderer and shared code name literally, and every key the decision scales name,
 * exists in the English catalogue (French and Arabic are typed against it, so they have
 * the same keys). A missing key would show its raw name to the user.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/messages/en';
import { PROPOSAL_METHODS, responseScale } from '../../../shared/model/proposal-methods';
import { OUTCOMES } from '../../../shared/model/proposals';

const REPO = path.resolve(__dirname, '../../..');
/** Where code calls `t('…')`: the renderer, and shared writers handed a `t` (exports, board texts). */
const ROOTS = ['renderer', 'shared'].map((folder) => path.join(REPO, folder));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), en);
}

describe('message keys', () => {
  it('every literal t("…") key in the renderer and shared code exists', () => {
    const missing: string[] = [];
    for (const file of ROOTS.flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)) {
        const key = match[1]!;
        // i18next plural forms live under key_one / key_other.
        if (lookup(key) === undefined && lookup(`${key}_one`) === undefined) missing.push(`${path.relative(REPO, file)}: ${key}`);
      }
    }
    expect(missing).toStrictEqual([]);
  });

  it('every position, method and outcome of the decision scales has its words', () => {
    for (const method of PROPOSAL_METHODS) {
      expect(typeof lookup(`decisions.methods.${method}`), method).toBe('string');
      expect(typeof lookup(`decisions.methodHints.${method}`), method).toBe('string');
      for (const info of responseScale(method)) {
        expect(typeof lookup(info.labelKey), info.labelKey).toBe('string');
        expect(typeof lookup(info.hintKey), info.hintKey).toBe('string');
      }
    }
    for (const outcome of OUTCOMES) expect(typeof lookup(`decisions.outcomes.${outcome}`)).toBe('string');
  });
});
