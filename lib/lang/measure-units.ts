// Units of measure, one table for every language: the symbol as written after a number ("km", "GB", "°C"), the
// quantity it measures and the factor to that quantity's canonical unit (canonical = stated × factor + offset).
// A language's numbers.ts maps its own words for units to these symbols ("kilómetros" -> "km").

export type Quantity = 'distance' | 'area' | 'speed' | 'temperature' | 'mass' | 'volume' | 'duration' | 'data' | 'energy' |
  'power';

export interface MeasureUnit {
  quantity: Quantity;
  /** The quantity's canonical unit: km, km2, km/h, C, kg, l, day, GB, kWh, kW. */
  canonical: string;
  factor: number;
  offset?: number;
}

const u = (quantity: Quantity, canonical: string, factor: number, offset?: number): MeasureUnit =>
  offset === undefined ? { quantity, canonical, factor } : { quantity, canonical, factor, offset };

/** Keyed by the symbol in lower case (GB, gb and Gb are one unit). */
export const MEASURE_UNITS: Readonly<Record<string, MeasureUnit>> = {
  km: u('distance', 'km', 1), m: u('distance', 'km', 1e-3), cm: u('distance', 'km', 1e-5), mm: u('distance', 'km', 1e-6),
  mi: u('distance', 'km', 1.609344), ft: u('distance', 'km', 3.048e-4), yd: u('distance', 'km', 9.144e-4),
  nm: u('distance', 'km', 1.852), 'km²': u('area', 'km2', 1), km2: u('area', 'km2', 1), 'm²': u('area', 'km2', 1e-6),
  m2: u('area', 'km2', 1e-6), ha: u('area', 'km2', 0.01), 'km/h': u('speed', 'km/h', 1), kmh: u('speed', 'km/h', 1),
  kph: u('speed', 'km/h', 1), mph: u('speed', 'km/h', 1.609344), kn: u('speed', 'km/h', 1.852), 'm/s': u('speed', 'km/h', 3.6),
  '°c': u('temperature', 'C', 1), '°f': u('temperature', 'C', 5 / 9, -160 / 9), kg: u('mass', 'kg', 1),
  // The ordinal mark º often stands for the degree sign in Spanish and Portuguese (25ºC).
  'ºc': u('temperature', 'C', 1), 'ºf': u('temperature', 'C', 5 / 9, -160 / 9),
  g: u('mass', 'kg', 1e-3), mg: u('mass', 'kg', 1e-6), t: u('mass', 'kg', 1e3), lb: u('mass', 'kg', 0.45359237),
  lbs: u('mass', 'kg', 0.45359237), oz: u('mass', 'kg', 0.028349523125), l: u('volume', 'l', 1), ml: u('volume', 'l', 1e-3),
  cl: u('volume', 'l', 1e-2), hl: u('volume', 'l', 100), 'm³': u('volume', 'l', 1e3), m3: u('volume', 'l', 1e3),
  gal: u('volume', 'l', 3.785411784), h: u('duration', 'day', 1 / 24), min: u('duration', 'day', 1 / 1440),
  kb: u('data', 'GB', 1e-6), mb: u('data', 'GB', 1e-3), gb: u('data', 'GB', 1), tb: u('data', 'GB', 1e3), pb: u('data', 'GB', 1e6),
  wh: u('energy', 'kWh', 1e-3), kwh: u('energy', 'kWh', 1), mwh: u('energy', 'kWh', 1e3), gwh: u('energy', 'kWh', 1e6),
  twh: u('energy', 'kWh', 1e9), w: u('power', 'kW', 1e-3), kw: u('power', 'kW', 1), mw: u('power', 'kW', 1e3),
  gw: u('power', 'kW', 1e6),
};

/** Symbols of one letter (m, g, t, l, h, w) are units only glued to their number ("10m"); "5 m" may be anything. */
export function measureUnit(symbol: string, glued: boolean): MeasureUnit | undefined {
  const key = symbol.toLowerCase();
  if (!glued && [...key].length === 1) return undefined;
  return Object.hasOwn(MEASURE_UNITS, key) ? MEASURE_UNITS[key] : undefined;
}
