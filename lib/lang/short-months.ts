/** Locales whose full month names may date a day on a page in another language ("26 de March", "3 de marzo"). */
const DATE_LOCALES = ['en', 'es', 'fr', 'de', 'it', 'pt'];

/**
 * Full month names of the DATE_LOCALES from CLDR, through Intl (standalone and inside a date, lower case NFC), to
 * the month: a day before one of them is a date whatever the page's language.
 */
export function monthNamesElsewhere(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const locale of DATE_LOCALES) {
    const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let i = 0; i < 12; i++) {
      const at = Date.UTC(2024, i, 1);
      for (const form of [alone.format(at), inDate.formatToParts(at).find((p) => p.type === 'month')?.value ?? '']) {
        const name = form.toLowerCase().normalize('NFC');
        if (name !== '' && !/\d/.test(name)) out[name] = i + 1;
      }
    }
  }
  return out;
}

/**
 * Short month names of a locale from CLDR, through the Intl API every runtime ships: "ene", "janv.", "Okt.",
 * "февр.", standalone and inside a date, with and without their full stop, lower case NFC, to the month (1-12).
 * Forms written with digits (pt-PT "01") are left out.
 */
export function shortMonthNames(locale: string): Record<string, number> {
  const out: Record<string, number> = {};
  const alone = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const inDate = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  for (let i = 0; i < 12; i++) {
    const at = Date.UTC(2024, i, 1);
    const forms = [alone.format(at), inDate.formatToParts(at).find((p) => p.type === 'month')?.value ?? ''];
    for (const form of forms) {
      const name = form.toLowerCase().normalize('NFC');
      if (name === '' || /\d/.test(name)) continue;
      out[name] = i + 1;
      out[name.endsWith('.') ? name.slice(0, -1) : `${name}.`] = i + 1;
    }
  }
  return out;
}
