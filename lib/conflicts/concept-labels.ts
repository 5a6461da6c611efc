/**
 * What a concept key counts, in English words for the UI (translated later). Keys follow the figure extractor's
 * vocabulary: <who>_<what happened>[_<where>]. A key missing here is shown with its underscores as spaces.
 */
export const CONCEPT_LABELS: Readonly<Record<string, string>> = {
  troops_sent: 'troops sent',
  troops_deployed: 'troops deployed',
  troops_deployed_border: 'troops deployed at the border',
  troops_killed: 'troops killed',
  troops_wounded: 'troops wounded',
  troops_casualties: 'troop casualties',
  troops_captured: 'troops captured',
  troops_missing: 'troops missing',
  engineers_sent: 'engineers sent',
  sappers_sent: 'sappers sent',
  construction_workers_sent: 'construction workers sent',
  workers_sent: 'workers sent',
  settlements_closed: 'settlements closed',
  settlements_captured: 'settlements captured',
  people_killed: 'people killed',
  people_dead: 'people dead',
  people_injured: 'people injured',
  people_missing: 'people missing',
  people_evacuated: 'people evacuated',
  people_displaced: 'people displaced',
  people_arrested: 'people arrested',
  people_affected: 'people affected',
  civilians_killed: 'civilians killed',
  civilians_injured: 'civilians injured',
  children_killed: 'children killed',
  deaths: 'deaths',
  casualties: 'casualties',
  refugees: 'refugees',
  homes_destroyed: 'homes destroyed',
  buildings_damaged: 'buildings damaged',
  drones_launched: 'drones launched',
  drones_downed: 'drones shot down',
  missiles_launched: 'missiles launched',
  mines_cleared: 'mines cleared',
  area_cleared: 'area cleared',
  aid_amount: 'aid',
  cost: 'cost',
  damage: 'damage',
  fine: 'fine',
  price: 'price',
  budget: 'budget',
  population: 'population',
  votes: 'votes',
  turnout: 'turnout',
  growth: 'growth',
  inflation: 'inflation',
  unemployment: 'unemployment',
};

/** "troops_sent" -> "troops sent"; unknown keys read as words; a "_share" suffix reads as a share. */
export function conceptLabel(concept: string): string {
  const share = /_(share|percent|pct|ratio)$/.exec(concept);
  const base = share ? concept.slice(0, share.index) : concept;
  const label = CONCEPT_LABELS[base] ?? base.replace(/_+/g, ' ').trim();
  return share ? `share of ${label}` : label;
}
