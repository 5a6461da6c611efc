// The peers' suites (../shared/peers) must keep passing at least as well as measured when this floor was set.
// "Pass" is defined in scripts/peers-numbers-eval.ts. The suites are read by path; a missing ../shared fails.
import { describe, expect, it } from 'vitest';
import { peerFiles, scoreDucklingFile, scoreRecognizersFile } from '../../../scripts/peers-numbers-eval.ts';

/** Pass rate floors (%), half a case under the measured rates: losing one case fails. Raise them as the reader improves. */
const FLOORS: Record<string, number> = {
  'recognizers-text/Chinese_CurrencyModel.json': 97.2,
  'recognizers-text/Chinese_NumberModel.json': 98,
  'recognizers-text/Chinese_NumberRangeModel.json': 98.4,
  'recognizers-text/Chinese_PercentModel.json': 98,
  'recognizers-text/English_CurrencyModel.json': 98.3,
  'recognizers-text/English_NumberModel.json': 98.7,
  'recognizers-text/English_NumberRangeModel.json': 98.8,
  'recognizers-text/English_PercentModel.json': 95,
  'recognizers-text/French_CurrencyModel.json': 99.1,
  'recognizers-text/French_NumberModel.json': 96.7,
  'recognizers-text/French_NumberRangeModel.json': 89.5,
  'recognizers-text/French_PercentModel.json': 97.2,
  'recognizers-text/German_CurrencyModel.json': 97.5,
  'recognizers-text/German_NumberModel.json': 98.2,
  'recognizers-text/German_NumberRangeModel.json': 83.3,
  'recognizers-text/German_PercentModel.json': 93.7,
  'recognizers-text/Portuguese_CurrencyModel.json': 99.1,
  'recognizers-text/Portuguese_NumberModel.json': 99.4,
  'recognizers-text/Portuguese_NumberRangeModel.json': 97,
  'recognizers-text/Portuguese_PercentModel.json': 98,
  'recognizers-text/Spanish_CurrencyModel.json': 99.1,
  'recognizers-text/Spanish_NumberModel.json': 98.5,
  'recognizers-text/Spanish_NumberRangeModel.json': 96.9,
  'recognizers-text/Spanish_PercentModel.json': 98.4,
  'duckling/AmountOfMoney_VI_Corpus.hs': 99.2,
  'duckling/Numeral_PT_Corpus.hs': 96.5,
  'duckling/Numeral_VI_Corpus.hs': 97.1,
  'duckling/Numeral_ZH_Corpus.hs': 96.3,
};

describe("peers' number suites", () => {
  const { recognizers, duckling } = peerFiles();

  it('has a floor for every file it finds, and finds every file it has a floor for', () => {
    const found = [...recognizers.map((f) => `recognizers-text/${f}`), ...duckling.map((f) => `duckling/${f}`)].sort();
    expect(found).toEqual(Object.keys(FLOORS).sort());
  });

  for (const file of recognizers) {
    it(`recognizers-text/${file} stays at or above its floor`, () => {
      const s = scoreRecognizersFile(file);
      expect((100 * s.passed) / s.cases, s.failures.map((f) => f.input).join('\n')).toBeGreaterThanOrEqual(FLOORS[s.file] ?? 100);
    });
  }
  for (const file of duckling) {
    it(`duckling/${file} stays at or above its floor`, () => {
      const s = scoreDucklingFile(file);
      expect((100 * s.passed) / s.cases, s.failures.map((f) => f.input).join('\n')).toBeGreaterThanOrEqual(FLOORS[s.file] ?? 100);
    });
  }
});
