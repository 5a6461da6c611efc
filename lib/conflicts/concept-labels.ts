import type { BaseKey, EventKey, Quantity } from '../lang/figure-words.ts';

/**
 * What a concept key counts, in English words for the UI (translated later). Keys are the figure extractor's
 * (lib/figures/concept-key.ts): `<base>_<event>` (troops_sent), `<base>`, a quantity (distance), `money`, `share`,
 * `share_<event>`, or `other:<lang>:<noun>`. Typed on the extractor's vocabularies, so a new base or event without a
 * label does not compile.
 */
export const BASE_LABELS: Readonly<Record<BaseKey, string>> = {
  people: 'people',
  troops: 'troops',
  civilians: 'civilians',
  children: 'children',
  engineers: 'engineers',
  workers: 'workers',
  construction_workers: 'construction workers',
  refugees: 'refugees',
  prisoners: 'prisoners',
  police: 'police officers',
  journalists: 'journalists',
  students: 'students',
  settlements: 'settlements',
  buildings: 'buildings',
  homes: 'homes',
  schools: 'schools',
  hospitals: 'hospitals',
  vehicles: 'vehicles',
  tanks: 'tanks',
  aircraft: 'aircraft',
  drones: 'drones',
  missiles: 'missiles',
  mines: 'mines',
  weapons: 'weapons',
  ships: 'ships',
  countries: 'countries',
  cities: 'cities',
  matches: 'matches',
  points: 'points',
  votes: 'votes',
  stores: 'stores',
  products: 'products',
  followers: 'followers',
  viewers: 'viewers',
  storms: 'storms',
  games: 'games',
};

export const EVENT_LABELS: Readonly<Record<EventKey, string>> = {
  sent: 'sent',
  deployed: 'deployed',
  killed: 'killed',
  wounded: 'wounded',
  casualties: 'casualties',
  missing: 'missing',
  captured: 'captured',
  evacuated: 'evacuated',
  closed: 'closed',
  destroyed: 'destroyed',
  damaged: 'damaged',
  rescued: 'rescued',
  affected: 'affected',
};

export const QUANTITY_LABELS: Readonly<Record<Quantity, string>> = {
  distance: 'distance',
  area: 'area',
  speed: 'speed',
  temperature: 'temperature',
  mass: 'weight',
  volume: 'volume',
  duration: 'duration',
  share: 'share',
};

/** Keys whose words do not compose from the tables. */
export const CONCEPT_LABELS: Readonly<Record<string, string>> = {
  money: 'amount of money',
  troops_casualties: 'troop casualties',
  troops_deployed_border: 'troops deployed at the border',
  people_casualties: 'casualties',
};

function lookup<T extends string>(table: Readonly<Record<T, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key as T] : undefined;
}

/** "troops_sent" -> "troops sent"; "other:vi:khu định cư" -> "khu định cư"; unknown keys read as words. */
export function conceptLabel(concept: string): string {
  const special = lookup(CONCEPT_LABELS, concept);
  if (special !== undefined) return special;
  const other = /^other:[a-z-]+:(.+)$/.exec(concept);
  if (other?.[1]) return other[1];
  const quantity = lookup(QUANTITY_LABELS, concept);
  if (quantity !== undefined) return quantity;
  const base = lookup(BASE_LABELS, concept);
  if (base !== undefined) return base;
  // <base>_<event>: the base may itself hold an underscore (construction_workers_sent).
  const cut = concept.lastIndexOf('_');
  if (cut > 0) {
    const head = concept.slice(0, cut);
    const event = lookup(EVENT_LABELS, concept.slice(cut + 1));
    const what = lookup(BASE_LABELS, head) ?? (head === 'share' ? 'share' : undefined);
    if (event !== undefined && what !== undefined) return `${what} ${event}`;
    // Gold-style share keys: settlements_closed_share.
    if (concept.endsWith('_share')) return `share of ${conceptLabel(head)}`;
  }
  return concept.replace(/_+/g, ' ').trim();
}
