/** One line of the benchmark table. */
export interface BenchRow {
  area: string;
  measure: string;
  value: string;
  target: string;
}
