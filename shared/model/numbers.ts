/**
 * Numbers as people type them in any of the app's languages: Arabic-Indic or
 * Persian digits, a decimal comma (French) or the Arabic decimal separator.
 */

/** NaN when the text is not a number (empty included), so validation can say so. */
export function parseTypedNumber(text: string): number {
  const western = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u066b,]/g, '.')
    .replace(/[\s\u00a0\u202f%٪]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(western)) return Number.NaN;
  return Number(western);
}

/** A number for an input field, with the decimal comma where the language writes one. */
export function formatTypedNumber(value: number, decimalComma: boolean): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Math.round(value * 100) / 100);
  return decimalComma ? text.replace('.', ',') : text;
}
