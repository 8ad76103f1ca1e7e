/** Random identifiers for workspaces and documents (unguessable, URL-safe). */
export function newId(prefix: string, random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(12));
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return `${prefix}_${out}`;
}
