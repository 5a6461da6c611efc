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
