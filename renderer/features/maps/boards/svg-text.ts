/** Text laid out for the boards' SVG drawings (SVG text does not wrap by itself). */

/** Splits text into at most `maxLines` lines of about `maxChars` characters, with an ellipsis when cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const pieces = word.length > maxChars ? word.match(new RegExp(`.{1,${maxChars}}`, 'gu')) ?? [word] : [word];
    for (const piece of pieces) {
      if (current === '') current = piece;
      else if (current.length + 1 + piece.length <= maxChars) current = `${current} ${piece}`;
      else {
        lines.push(current);
        current = piece;
      }
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1))}…`;
  return kept;
}

/** Colours of the drawings: fixed, so an exported image looks the same in dark mode. */
export const INK = {
  text: '#1d232a',
  muted: '#56606b',
  line: '#56606b',
  background: '#ffffff',
  accent: '#1f5f8b',
  accentSoft: '#e3eef6',
  good: '#2e7d4a',
  goodSoft: '#e3f4e8',
  bad: '#a4262c',
  badSoft: '#fde7e9',
  earth: '#7a4e1d',
  earthSoft: '#f6ead9',
} as const;

export const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif';
