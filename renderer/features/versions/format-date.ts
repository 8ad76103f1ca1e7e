/** A calendar date (`YYYY-MM-DD`) in the reader's language, read as that day wherever the reader is. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatIsoDate(date: string, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : format.format(time);
}
