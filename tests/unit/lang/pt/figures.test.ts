import { describe, expect, it } from 'vitest';
import { figureWith, figuresOf } from '../../../support/figures.ts';

describe('Portuguese figures', () => {
  it('reads troops sent with "cerca de", whose they are and when', () => {
    const f = figureWith('Segundo o Ministério da Defesa sul-coreano, a Coreia do Norte enviou cerca de 15 mil soldados à Rússia em abril.', 'pt', '15 mil');
    expect(f).toMatchObject({ value: 15000, qualifier: 'about', concept: 'troops_sent', subject: 'KP', attribution: 'Ministério da Defesa sul-coreano', asOf: 'em abril' });
  });

  it('reads "pelo menos" and "mais de" with the event after the noun', () => {
    const figures = figuresOf('Pelo menos 120 civis morreram e mais de 300 pessoas ficaram feridas no ataque, disse a polícia.', 'pt');
    expect(figures.map((f) => [f.value, f.qualifier, f.concept, f.attribution])).toEqual([
      [120, 'at_least', 'civilians_killed', 'polícia'],
      [300, 'more_than', 'people_wounded', 'polícia'],
    ]);
  });

  it('reads sappers and construction workers as different things sent', () => {
    const figures = figuresOf('Kim decidiu enviar 1.000 sapadores e 5.000 trabalhadores da construção para a região.', 'pt');
    expect(figures.map((f) => f.concept)).toEqual(['engineers_sent', 'construction_workers_sent']);
  });

  it('reads money after "de", a part of a whole and shares', () => {
    expect(figureWith('A empresa investiu 2,5 bilhões de dólares no projeto.', 'pt', '2,5')).toMatchObject({ unit: 'USD', value: 2500000000, concept: 'money' });
    expect(figureWith('37 das 64 aldeias continuam fechadas.', 'pt', '37')).toMatchObject({ of: 64, concept: 'settlements_closed' });
    expect(figureWith('Quase 60% das aldeias continuam fechadas.', 'pt', '60%')).toMatchObject({ value: 0.6, qualifier: 'nearly', concept: 'settlements_closed', unit: 'share' });
  });

  it('leaves dates, times, ages and "há dois anos" out', () => {
    expect(figuresOf('O caça F-16 decolou às 10h30 de 14 de novembro de 2025. Sharon, de 45 anos, saiu há dois anos.', 'pt')).toEqual([]);
  });
});
