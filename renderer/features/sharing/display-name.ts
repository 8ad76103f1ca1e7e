/**
 * The name and colour this computer shows to others in presence (the people list and
 * cursors). A local choice, asked when sharing is turned on or a workspace is joined.
 */
const NAME_KEY = 'accord:display-name';

/** Distinct, readable on white and on dark backgrounds as a cursor or a dot. */
const PALETTE = ['#2563eb', '#c026d3', '#059669', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#65a30d'];

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
