import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Qualifier } from '../../../lib/model/figure.ts';

/** ../shared/seeds, beside the project: read by path, never copied. */
export const SEEDS_DIR = resolve(import.meta.dirname, '../../../../shared/seeds');

export interface GoldReport {
  file: string;
  lang: string;
  published: string | null;
  outlet: string;
}

export interface GoldFigure {
  report: string;
  concept: string;
  quote: string;
  value: number;
  qualifier: Qualifier;
  attribution: string;
}

export interface GoldConflict {
  concept: string;
  verdict: 'conflict' | 'discrepancy' | 'consistent';
  values: number[];
  note: string;
}

export interface Gold {
  reports: Record<string, GoldReport>;
  figures: GoldFigure[];
  conflicts: GoldConflict[];
}

/** Throws when ../shared is missing: these tests need it and must not pass silently without it. */
export function loadGold(): Gold {
  const path = resolve(SEEDS_DIR, 'gold.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: the seed tests need ../shared/seeds beside the project`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

export function seedText(report: GoldReport): string {
  const path = resolve(SEEDS_DIR, report.file);
  if (!existsSync(path)) throw new Error(`${path} is missing: the seed tests need ../shared/seeds`);
  return readFileSync(path, 'utf8');
}

/**
 * The gold concepts of the settlements figures: "37 of 64" is settlements_closed, the shares settlements_closed_share.
 * The comparison groups them under one concept; these are the gold labels it must bring together.
 */
export function isSettlementsConcept(concept: string): boolean {
  return concept.startsWith('settlements_closed');
}
