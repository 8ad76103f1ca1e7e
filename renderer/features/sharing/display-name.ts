/**
 * The name and colour this computer shows to others in presence (the people list and
 * cursors). A local choice, asked when sharing is turned on or a workspace is joined.
 */
const NAME_KEY = 'accord:display-name';

/** Distinct hues, each dark enough for the white name label on a cursor (contrast ≥ 4.5:1). */
const PALETTE = ['#1d4ed8', '#a21caf', '#047857', '#b45309', '#b91c1c', '#6d28d9', '#0e7490', '#4d7c0f'];

export function readDisplayName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeDisplayName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.trim().slice(0, 80));
  } catch {
    // storage disabled: the name lasts for this session only
  }
}

export function colorFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
