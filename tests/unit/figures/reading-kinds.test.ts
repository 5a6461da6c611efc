import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures.ts';
import type { Figure } from '../../../lib/model/figure.ts';
import type { ReadLanguage } from '../../../lib/model/language.ts';

/**
 * Figures read as a reader would, one kind of case at a time, in every language where the kind applies. Sentences
 * written for these tests; each expectation names the quote's number and what it must (or must not) be read as.
 */
interface Want {
  /** Text of the number in the sentence, to find its figure by place. */
  at: string;
  value?: number;
  concept?: string;
  unit?: string;
  qualifier?: Figure['qualifier'];
  low?: number;
  high?: number;
  of?: number | null;
}

function figureAt(text: string, lang: ReadLanguage, at: string): Figure | undefined {
  const pos = text.indexOf(at);
  if (pos < 0) throw new Error(`${at} not in ${text}`);
  return extractFigures(text, lang).find((f) => f.start <= pos && f.end >= pos + at.length);
}

function expectFigure(lang: ReadLanguage, text: string, want: Want): void {
  const f = figureAt(text, lang, want.at);
  expect(f, `${lang}: no figure at ${want.at} in ${text}`).toBeDefined();
  const { at: _at, ...fields } = want;
  expect(f).toMatchObject(fields);
}

function expectNoFigure(lang: ReadLanguage, text: string, at: string): void {
  expect(figureAt(text, lang, at), `${lang}: ${at} read as a figure in ${text}`).toBeUndefined();
}

describe('a weight in pounds is not money', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'The tuna caught off the coast weighed 612 pounds.', '612'],
    ['en', 'Firefighters lifted a 450-pound beam off the driver.', '450'],
    ['es', 'El pez espada capturado pesaba 380 libras.', '380'],
    ['pt', 'O peixe capturado pesava 270 libras.', '270'],
    ['de', 'Der gefangene Fisch wog 540 Pfund.', '540'],
    ['ru', 'Пойманная рыба весила 310 фунтов.', '310'],
    ['zh', '这条鱼重420磅。', '420'],
    ['it', 'Il pesce spada pescato pesava 380 libbre.', '380'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, concept: 'mass', unit: 'kg' }));
  }
  it('stays money with a money word, a sign or a scale of millions', () => {
    expectFigure('en', 'The club was fined 700 pounds for the pitch invasion.', { at: '700', concept: 'money', unit: 'GBP' });
    expectFigure('es', 'El club pagó una multa de 900 libras.', { at: '900', concept: 'money' });
    expectFigure('de', 'Der Verein zahlte eine Strafe von 800 Pfund.', { at: '800', concept: 'money' });
  });
});

describe('a range of percentages is a range, not up to its low end', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'Unemployment is expected to reach 4% to 6% next year.', '4%'],
    ['en', 'Growth will be between 1.5% and 2.5%.', '1.5%'],
    ['vi', 'Tăng trưởng dự kiến từ 4% đến 6%.', '4%'],
    ['zh', '经济增长预计在4%至6%之间。', '4%'],
    ['pt', 'O crescimento deve ficar entre 4% e 6%.', '4%'],
    ['es', 'El crecimiento será de entre el 4% y el 6%.', '4%'],
    ['fr', 'La croissance devrait atteindre de 4 % à 6 %.', '4 %'],
    ['de', 'Das Wachstum soll zwischen 4 % und 6 % liegen.', '4 %'],
    ['ru', 'Рост составит от 4% до 6%.', '4%'],
    ['it', 'La crescita sarà tra il 4% e il 6%.', '4%'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      const f = figureAt(text, lang, at);
      expect(f?.qualifier).toBe('range');
      expect(f?.high).toBeGreaterThan(f?.low ?? Infinity);
      expect(f?.unit).toBe('share');
    });
  }
});

describe('a death toll written as the toll counts the dead', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'By Tuesday the death toll had risen to 417.', '417'],
    ['vi', 'Số người thiệt mạng đã tăng lên 417 người.', '417'],
    ['zh', '遇难人数已升至417人。', '417'],
    ['pt', 'O número de mortos chegou a 417.', '417'],
    ['es', 'El número de fallecidos llegó a 417.', '417'],
    ['fr', 'Le nombre de morts a atteint 417.', '417'],
    ['de', 'Die Zahl der Todesopfer stieg auf 417.', '417'],
    ['ru', 'Число погибших выросло до 417 человек.', '417'],
    ['it', 'Il numero dei morti è salito a 417.', '417'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value: 417, concept: 'people_killed', qualifier: 'exact' }));
  }
});

describe('a time or a frequency is not a count', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'Five decades later, the bridge was rebuilt.', 'Five'],
    ['en', 'Three centuries later the church still stands.', 'Three'],
    ['vi', 'Năm thập kỷ sau, cây cầu được xây lại.', 'Năm'],
    ['zh', '五十年后，这座桥被重建。', '五十'],
    ['zh', '距今120年，这座桥建成通车。', '120'],
    ['pt', 'Cinco décadas depois, a ponte foi reconstruída.', 'Cinco'],
    ['es', 'Cinco décadas después, el puente fue reconstruido.', 'Cinco'],
    ['fr', 'Cinq décennies plus tard, le pont a été reconstruit.', 'Cinq'],
    ['de', 'Fünf Jahrzehnte später wurde die Brücke wieder aufgebaut.', 'Fünf'],
    ['ru', 'Пять десятилетий спустя мост был восстановлен.', 'Пять'],
    ['it', 'Cinque decenni dopo, il ponte fu ricostruito.', 'Cinque'],
    ['it', 'Tre secoli più tardi la chiesa è ancora in piedi.', 'Tre'],
    ['en', 'The games are held every four years.', 'four'],
    ['en', 'Rescuers arrived five days after the landslide.', 'five'],
    ['en', 'Prices have doubled over the past four years.', 'four'],
    ['es', 'Los precios se duplicaron en los últimos cuatro años.', 'cuatro'],
    ['pt', 'Os preços dobraram nos últimos quatro anos.', 'quatro'],
    ['fr', 'Les prix ont doublé au cours des quatre dernières années.', 'quatre'],
    ['de', 'Die Preise haben sich in den letzten vier Jahren verdoppelt.', 'vier'],
    ['ru', 'Цены удвоились за последние четыре года.', 'четыре'],
    ['it', 'I prezzi sono raddoppiati negli ultimi quattro anni.', 'quattro'],
    ['zh', '过去四年物价翻了一番。', '四'],
    ['ru', 'Спустя пять лет мост открыли снова.', 'пять'],
    ['vi', 'Giải đấu được tổ chức bốn năm một lần.', 'bốn'],
    ['zh', '比赛每四年举行一次。', '四'],
    ['pt', 'Os jogos acontecem a cada quatro anos.', 'quatro'],
    ['es', 'Los juegos se celebran cada cuatro años.', 'cuatro'],
    ['fr', 'Les jeux ont lieu tous les quatre ans.', 'quatre'],
    ['de', 'Die Spiele finden alle vier Jahre statt.', 'vier'],
    ['ru', 'Игры проходят каждые четыре года.', 'четыре'],
    ['it', 'I giochi si tengono ogni quattro anni.', 'quattro'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
});

describe('an amount over a period is the amount, not a division', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['en', 'The state will invest $120 billion over three years in railways.', '$120', 120e9],
    ['en', 'Donors pledged 45 million euros over 4 years.', '45', 45e6],
    ['es', 'El Estado invertirá 120.000 millones de dólares en tres años.', '120.000', 120e9],
    ['fr', "L'État investira 120 milliards de dollars sur trois ans.", '120', 120e9],
    ['de', 'Der Staat investiert 120 Milliarden Dollar über drei Jahre.', '120', 120e9],
    ['it', 'Lo Stato investirà 120 miliardi di dollari in tre anni.', '120', 120e9],
  ];
  for (const [lang, text, at, value] of cases) it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value, concept: 'money' }));
  it('the period after the amount is exact, not "more than"', () => {
    expectFigure('en', 'The state will invest $120 billion over three years in railways.', { at: 'three', value: 3 * 365.25, qualifier: 'exact' });
    expectFigure('en', 'The drought lasted over three years.', { at: 'three', qualifier: 'more_than' });
  });
});

describe('names, titles and dates that contain numbers are not counts', () => {
  it('a model or mission named by a capitalised word before the digits', () => {
    expectNoFigure('en', 'Engineers who worked on Gemini 7 spoke at the launch.', '7');
    expectNoFigure('en', 'The new Galaxy 25 went on sale in Seoul.', '25');
    expectNoFigure('fr', 'Les ingénieurs de la mission Gemini 7 étaient présents.', '7');
    expectNoFigure('es', 'Los ingenieros de la misión Gemini 7 hablaron.', '7');
    expectNoFigure('pt', 'Os engenheiros da missão Gemini 7 falaram.', '7');
    expectNoFigure('it', 'Gli ingegneri della missione Gemini 7 hanno parlato.', '7');
  });
  it('an acronym or a word with a capital inside names a thing, even at the start', () => {
    expectNoFigure('en', 'DAX 40 futures slipped on Monday.', '40');
    expectNoFigure('en', 'Reviews of the iPad 11 were mixed.', '11');
    expectNoFigure('es', 'El índice IBEX 35 cayó el lunes.', '35');
    expectNoFigure('fr', "L'indice CAC 40 a reculé lundi.", '40');
    expectNoFigure('it', "L'indice FTSE MIB 40 è sceso lunedì.", '40');
  });
  it('one capital glued to the digits is a name, not a scale', () => {
    expectNoFigure('en', 'Operators are rolling out 6G trials.', '6G');
    expectNoFigure('en', 'The studio films everything in 8K now.', '8K');
  });
  it('a rating in stars is not a count', () => {
    const cases: Array<[ReadLanguage, string, string]> = [
      ['en', 'They stayed in a four-star hotel by the port.', 'four'],
      ['fr', 'Ils ont dormi dans un hôtel quatre étoiles.', 'quatre'],
      ['es', 'Se alojaron en un hotel de cuatro estrellas.', 'cuatro'],
      ['pt', 'Ficaram num hotel de quatro estrelas.', 'quatro'],
      ['de', 'Sie wohnten in einem Hotel mit vier Sternen.', 'vier'],
      ['vi', 'Họ ở trong một khách sạn 4 sao.', '4'],
      ['it', 'Hanno alloggiato in un albergo a quattro stelle.', 'quattro'],
    ];
    for (const [lang, text, at] of cases) expectNoFigure(lang, text, at);
  });
  it('a number word capitalised in mid-sentence is part of a name', () => {
    expectNoFigure('en', 'Tourists flocked to the Twelve Apostles cliffs.', 'Twelve');
    expectNoFigure('fr', 'Ils ont visité le parc des Mille Étangs hier.', 'Mille');
  });
  it('a film or book titled with an amount', () => {
    expectNoFigure('en', 'She starred in the comedy 40 Dollars last spring.', '40');
    expectNoFigure('fr', 'Il a joué dans le film 40 Dollars en 2003.', '40');
  });
  it('digits over digits are a share only of something', () => {
    expectNoFigure('en', 'Security changed for good after 9/11 and never went back.', '9/11');
    expectFigure('en', 'Nearly 2/3 of the villages were closed.', { at: '2/3', unit: 'share' });
  });
});

describe('scores and records are not counts', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'The visitors carried a 9-7 lead into the final round.', '7'],
    ['en', 'He closed out the match 6 & 5 on the 13th green.', '5'],
    ['es', 'El equipo ganó 4-1 y suma un récord de 7-0-2.', '1'],
    ['fr', "L'équipe s'est imposée 3-0 face à Lyon.", '0'],
    ['pt', 'O time venceu por 2-1 no domingo.', '1'],
    ['de', 'Die Mannschaft gewann 3-2 gegen Bremen.', '2'],
    ['ru', 'Команда выиграла со счётом 3-1.', '1'],
    ['vi', 'Đội chủ nhà thắng 2-0 trong trận đấu.', '0'],
    ['it', 'La squadra ha vinto 3-1 contro la Lazio.', '1'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
  it('a rising pair stays a range', () => {
    expectFigure('en', 'Between 30-40 people were hurt.', { at: '30', qualifier: 'range', low: 30, high: 40 });
  });
});

describe('what the number counts, written in ways the lists do not hold', () => {
  it('a capitalised people after the number', () => {
    expectFigure('en', 'Police said 34 Catholics were among the pilgrims.', { at: '34', value: 34 });
    expectFigure('fr', 'Au total, 1 512 Belges ont été rapatriés.', { at: '1 512', value: 1512 });
  });
  it('a people after an elided article', () => {
    expectFigure('fr', "Selon l'armée, douze millions d'Européens ont voté.", { at: 'douze millions', value: 12e6 });
  });
  it('"two" with a noun that counts, not one that names the parties', () => {
    expectFigure('en', 'The hosts won two matches on Friday.', { at: 'two', value: 2, concept: 'matches' });
    expectNoFigure('en', 'The two countries signed a treaty.', 'two');
  });
  it('a spelled-out number and a noun not in the list, before a death', () => {
    expectFigure('en', 'Two hikers died in the avalanche.', { at: 'Two', value: 2, concept: 'people_killed' });
    expectFigure('es', 'Dos excursionistas murieron en la avalancha.', { at: 'Dos', value: 2, concept: 'people_killed' });
    expectFigure('it', 'Due escursionisti sono morti nella valanga.', { at: 'Due', value: 2, concept: 'people_killed' });
  });
  it('a number parted from its noun by a versus word counts the same thing', () => {
    const cases: Array<[ReadLanguage, string, string]> = [
      ['en', 'The amendment was carried by 312 votes to 95.', '95'],
      ['fr', "L'amendement a été adopté par 312 voix contre 95.", '95'],
      ['es', 'La enmienda fue aprobada por 312 votos contra 95.', '95'],
      ['pt', 'A emenda foi aprovada por 312 votos contra 95.', '95'],
      ['de', 'Der Antrag wurde mit 312 Stimmen gegen 95 angenommen.', '95'],
      ['ru', 'Поправка принята 312 голосами против 95.', '95'],
      ['vi', 'Dự luật được thông qua với 312 phiếu so với 95.', '95'],
      ['it', "L'emendamento è stato approvato con 312 voti contro 95.", '95'],
    ];
    for (const [lang, text, at] of cases) {
      expectFigure(lang, text, { at: '312', value: 312, concept: 'votes' });
      expectFigure(lang, text, { at, value: 95, concept: 'votes' });
    }
  });
  it('a bare number with another source counts what the figure before it does', () => {
    const cases: Array<[ReadLanguage, string, string]> = [
      ['en', 'At least 40 people died, officials said; 65 according to the Red Cross.', '65'],
      ['es', 'Murieron 40 personas, según el gobierno; 65 según la Cruz Roja.', '65'],
      ['fr', 'Au moins 40 personnes sont mortes selon les autorités, 65 selon la Croix-Rouge.', '65'],
      ['pt', 'Morreram 40 pessoas, segundo o governo; 65 segundo a Cruz Vermelha.', '65'],
      ['it', 'Almeno 40 persone sono morte secondo il governo, 65 secondo la Croce Rossa.', '65'],
    ];
    for (const [lang, text, at] of cases) expectFigure(lang, text, { at, value: 65, concept: 'people_killed' });
  });
  it('"desde hace" gives how long, where "hace" alone gives when', () => {
    expectFigure('es', 'La ley de emergencia rige desde hace tres décadas.', { at: 'tres', concept: 'duration' });
    expectNoFigure('es', 'La ley se aprobó hace tres décadas.', 'tres');
  });
  it('Latin unit symbols in Chinese text', () => {
    expectFigure('zh', '台风最大风速达到 120 mph。', { at: '120', concept: 'speed', unit: 'km/h' });
  });
  it('a bare tally of a vote counts votes, both sides', () => {
    const cases: Array<[ReadLanguage, string]> = [
      ['en', 'The Senate passed the measure 61 to 37.'],
      ['fr', 'La motion a été adoptée par 61 contre 37.'],
      ['es', 'La moción fue aprobada por 61 votos a favor y 37 en contra.'],
      ['pt', 'A moção foi aprovada por 61 votos contra 37.'],
      ['de', 'Der Antrag wurde mit 61 Stimmen angenommen, 37 stimmten dagegen.'],
      ['ru', 'Поправка принята 61 против 37.'],
      ['it', 'La mozione è stata approvata con 61 contro 37.'],
    ];
    for (const [lang, text] of cases) {
      expectFigure(lang, text, { at: '61', value: 61, concept: 'votes' });
      if (lang !== 'de') expectFigure(lang, text, { at: '37', value: 37, concept: 'votes' });
    }
  });
  it('Chinese digits and a noun without a measure word', () => {
    expectFigure('zh', '黑客窃取了大约4500万记录。', { at: '4500万', value: 45_000_000, qualifier: 'about' });
    expectFigure('zh', '共有1200游客滞留机场。', { at: '1200', value: 1200 });
    expectNoFigure('zh', '震级为6级以上。', '6');
  });
});

describe('a small number word counts unless a determiner makes it name the parties', () => {
  const counts: Array<[ReadLanguage, string, string]> = [
    ['en', 'The reform will be rolled out in two phases.', 'two'],
    ['en', 'Divers recovered two anchors from the wreck.', 'two'],
    ['es', 'Los buzos recuperaron dos anclas del barco hundido.', 'dos'],
    ['fr', 'Les plongeurs ont remonté deux ancres de l’épave.', 'deux'],
    ['de', 'Taucher bargen zwei Anker aus dem Wrack.', 'zwei'],
    ['it', 'I sommozzatori hanno recuperato due ancore dal relitto.', 'due'],
    ['pt', 'Os mergulhadores recuperaram duas âncoras do naufrágio.', 'duas'],
  ];
  for (const [lang, text, at] of counts) it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value: 2 }));
  const names: Array<[ReadLanguage, string, string]> = [
    ['en', 'The two anchors were sold at auction.', 'two'],
    ['es', 'Las dos anclas se vendieron en una subasta.', 'dos'],
    ['fr', 'Les deux ancres ont été vendues aux enchères.', 'deux'],
    ['de', 'Die zwei Anker wurden versteigert.', 'zwei'],
    ['it', 'Le due ancore sono state vendute all’asta.', 'due'],
    ['pt', 'As duas âncoras foram leiloadas.', 'duas'],
  ];
  for (const [lang, text, at] of names) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
  it('the word after it must be a plural noun, not a verb or a conjunction', () => {
    expectNoFigure('es', 'Eran dos porque nadie más quiso ir.', 'dos');
    expectNoFigure('fr', 'Ils étaient deux, deux ne suffisaient pas.', 'deux ne');
    expectNoFigure('it', 'Due ricercano ancora la verità.', 'Due');
    expectFigure('en', 'Divers recovered two rusty anchors.', { at: 'two', value: 2 });
    expectFigure('es', 'Detuvieron a dos sospechosos armados.', { at: 'dos', value: 2 });
  });
});

describe('a day and a short month name is a date', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'Geneva, 14 Feb (Reuters) - Talks resumed on the border.', '14'],
    ['es', 'Lima, 23 dic (EFE).- El Congreso aprobó la reforma.', '23'],
    ['es', 'Quito, 7 Ago (Agencias).- La alcaldía cerró el mercado.', '7'],
    ['fr', 'Genève, 9 févr. (AFP) - Les discussions ont repris.', '9'],
    ['de', 'Genf, 11. Okt. (dpa) - Die Gespräche gingen weiter.', '11'],
    ['it', 'Ginevra, 18 gen (ANSA) - I colloqui sono ripresi.', '18'],
    ['pt', 'Brasília, 5 fev. (Agência) - O Senado aprovou a reforma.', '5'],
    ['ru', 'Москва, 12 февр. - Переговоры возобновились.', '12'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
});

describe('an hour after a clock word is a time, unless a noun follows', () => {
  it('Spanish', () => {
    expectNoFigure('es', 'El choque ocurrió a las 7.45 horas del martes.', '7.45');
    expectNoFigure('es', 'Los bomberos trabajaron hasta las 22 de ayer.', '22');
    expectNoFigure('es', 'La votación comenzó a las 8.', '8');
    expectFigure('es', 'El municipio entregó víveres a las 40 familias evacuadas.', { at: '40', value: 40 });
  });
  it('Portuguese', () => {
    expectNoFigure('pt', 'O acidente aconteceu às 7 horas da manhã.', '7');
    expectNoFigure('pt', 'Os bombeiros ficaram no local até às 22.', '22');
    expectFigure('pt', 'A prefeitura entregou cestas às 40 famílias desalojadas.', { at: '40', value: 40 });
  });
});

describe('square metres are an area', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['en', 'Each family gets a flat of 38 square metres.', '38', 38],
    ['en', 'The shop covers 120 m2 on two floors.', '120', 120],
    ['es', 'Cada familia recibe una vivienda de 38 m2.', '38', 38],
    ['fr', 'Chaque famille reçoit un logement de 38 mètres carrés.', '38', 38],
    ['de', 'Jede Familie bekommt eine Wohnung mit 38 Quadratmetern.', '38', 38],
    ['it', 'Ogni famiglia riceve un alloggio di 38 m².', '38', 38],
    ['pt', 'Cada família recebe uma casa de 38 metros quadrados.', '38', 38],
    ['ru', 'Каждая семья получает квартиру площадью 38 квадратных метров.', '38', 38],
    ['vi', 'Mỗi gia đình nhận một căn hộ rộng 38 mét vuông.', '38', 38],
    ['zh', '每户家庭分到一套38平方米的住房。', '38', 38],
  ];
  for (const [lang, text, at, m2] of cases) {
    it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value: m2 / 1e6, concept: 'area', unit: 'km2' }));
  }
});

describe('a whole in brackets after a part and its noun is the part’s whole', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'Only 9 senators (out of 47) backed the bill.', '9'],
    ['fr', 'Seuls 9 sénateurs (sur 47) ont soutenu le texte.', '9'],
    ['es', 'Solo 9 senadores (de 47) apoyaron la ley.', '9'],
    ['de', 'Nur 9 Senatoren (von 47) stimmten zu.', '9'],
    ['it', 'Solo 9 senatori (su 47) hanno sostenuto la legge.', '9'],
    ['pt', 'Apenas 9 senadores (de 47) apoiaram a lei.', '9'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      expectFigure(lang, text, { at, value: 9, of: 47 });
      expectNoFigure(lang, text, '47');
    });
  }
  it('a bracket that is not a whole leaves both numbers alone', () => {
    expectFigure('en', 'About 40 people (of whom 12 children) died.', { at: '40', value: 40 });
    expectFigure('en', 'About 40 people (of whom 12 children) died.', { at: '12', value: 12 });
  });
});

describe('a unit past a word like "more" is still the unit', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['en', 'The ruling buys the tenants three more years in the building.', 'three', 3 * 365.25],
    ['en', 'Crews need four additional days to clear the road.', 'four', 4],
    ['de', 'Die Mieter dürfen drei weitere Jahre bleiben.', 'drei', 3 * 365.25],
  ];
  for (const [lang, text, at, days] of cases) it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value: days, concept: 'duration' }));
  it('not past a partitive word', () => expectNoFigure('en', 'Two of the years were dry.', 'Two'));
});

describe('a road or an item named by its number is not a count', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'El camión volcó en la ruta 40 cerca de la frontera.', '40'],
    ['es', 'El choque ocurrió en la ruta 7 km 312, al norte.', '7'],
    ['es', 'Vive en la calle Mitre N° 15 desde hace años.', '15'],
    ['pt', 'O caminhão tombou na rodovia 101 perto da divisa.', '101'],
    ['pt', 'Ela mora na rua Augusta n° 15 há anos.', '15'],
    ['en', 'The truck overturned on Route 66 near the border.', '66'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
});

describe('a headline above does not make the next line mid-sentence', () => {
  it('a line starting with a capitalised word before the number', () => {
    expectFigure('es', 'Crece el apoyo al acuerdo\n\nUn 64 % de los votantes lo respalda.', { at: '64', value: 0.64 });
    expectFigure('en', 'Support for the deal grows\n\nSome 64% of voters back it.', { at: '64', value: 0.64 });
    expectFigure('fr', 'Le soutien au traité progresse\n\nQuelque 64 % des électeurs le soutiennent.', { at: '64', value: 0.64 });
  });
});

describe('a bare number opening a list item counts what the count before it does', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'Inspectors checked 80 boats; 9 were fined: 6 for nets and 3 for permits.', '6'],
    ['es', 'Los inspectores revisaron 80 barcos; 9 fueron multados: 6 por redes y 3 por permisos.', '6'],
    ['fr', 'Les inspecteurs ont contrôlé 80 bateaux, dont 9 verbalisés : 6 pour les filets et 3 pour les permis.', '6'],
    ['pt', 'Os fiscais vistoriaram 80 barcos; 9 foram multados: 6 por redes e 3 por licenças.', '6'],
    ['it', 'Gli ispettori hanno controllato 80 barche; 9 sono state multate: 6 per le reti e 3 per i permessi.', '6'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      const f = figureAt(text, lang, at);
      expect(f?.value).toBe(6);
      expect(f?.concept).toBe(figureAt(text, lang, '80')?.concept);
    });
  }
  it('not a number named by the word before it', () => expectNoFigure('es', 'Hay 40 personas en la planta 2 del edificio.', '2'));
  it('not when something else happened to them', () => {
    expectFigure('en', 'Soldiers killed 12 fighters, and 5 were captured.', { at: '5', concept: 'troops_captured' });
  });
});

describe('a page counter next to its label on a line of its own is not a figure', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'Storm floods the valley\n23 Photos\nThe river rose overnight and 40 homes were flooded.', '23'],
    ['en', 'Lemon cake\n2 Ratings\n0 Votes\nThe bakery sold 40 cakes.', '0'],
    ['en', 'Budget approved\n7 comments · 2 shares\n4 min read\nThe council hired 40 teachers.', '4'],
    ['es', 'Ola de calor en el sur\n31 fotos\n9 comentarios\nLos bomberos rescataron a 40 vecinos.', '31'],
    ['fr', 'Inondations dans le Gard\n4 min de lecture\n9 commentaires\nLes pompiers ont évacué 40 habitants.', '4'],
    ['de', 'Unwetter im Süden\n9 Kommentare\n4 Min. Lesezeit\nDie Feuerwehr rettete 40 Bewohner.', '9'],
    ['it', 'Maltempo al nord\n9 commenti\n31 foto\nI vigili hanno salvato 40 residenti.', '31'],
    ['pt', 'Chuvas no sul\n9 comentários\n31 fotos\nOs bombeiros resgataram 40 moradores.', '31'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text.replace(/\n/g, ' / ')}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '40', value: 40 });
    });
  }
  it('the same words in a sentence are counted', () => {
    expectFigure('en', 'The museum showed 23 photos of the flood to 300 visitors.', { at: '23', value: 23 });
    expectFigure('es', 'El jurado recibió 31 fotos de aficionados.', { at: '31', value: 31 });
  });
});

describe('a half after a number and its unit adds half a unit', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['es', 'El pescador sacó tres kilos y medio de merluza.', 'tres', 3.5],
    ['en', 'They walked two miles and a half to the shelter.', 'two', 2.5 * 1.609344],
    ['fr', 'Il a marché trois kilomètres et demi jusqu’au village.', 'trois', 3.5],
    ['it', 'Ha perso tre chili e mezzo in un mese.', 'tre', 3.5],
    ['pt', 'Ele correu dois quilômetros e meio na praia.', 'dois', 2.5],
    ['de', 'Der Fisch wog zweieinhalb Kilo.', 'zweieinhalb', 2.5],
  ];
  for (const [lang, text, at, value] of cases) {
    it(`${lang}: ${text}`, () => expect(figureAt(text, lang, at)?.value).toBeCloseTo(value, 6));
  }
  it('a half hour more is a duration of hours and a half', () => {
    expect(figureAt('La reunión duró dos horas y media.', 'es', 'dos')?.value).toBeCloseTo(2.5 / 24, 9);
  });
});

describe('a quarter of an hour is a duration, not a share', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['es', 'Los bomberos tardaron un cuarto de hora en llegar.', 'un cuarto', 0.25 / 24],
    ['es', 'Esperaron tres cuartos de hora bajo la lluvia.', 'tres cuartos', 0.75 / 24],
    ['fr', 'Les secours sont arrivés en un quart d’heure.', 'un quart', 0.25 / 24],
    ['en', 'The hearing lasted three quarters of an hour.', 'three quarters', 0.75 / 24],
  ];
  for (const [lang, text, at, value] of cases) {
    it(`${lang}: ${text}`, () => {
      const f = figureAt(text, lang, at);
      expect(f?.concept).toBe('duration');
      expect(f?.value).toBeCloseTo(value, 9);
    });
  }
  it('a quarter of something else stays a share; a quarter of an hour later is a time', () => {
    expectFigure('es', 'Un cuarto de los votantes no acudió.', { at: 'Un cuarto', value: 0.25, unit: 'share' });
    expectNoFigure('es', 'La policía llegó un cuarto de hora después del aviso.', 'cuarto');
  });
});

describe('a round count with an article is an approximation', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['fr', 'Une quinzaine de personnes ont été blessées.', 'Une quinzaine', 15],
    ['fr', 'Une centaine de manifestants se sont réunis.', 'Une centaine', 100],
    ['es', 'Una decena de vehículos quedaron dañados.', 'Una decena', 10],
    ['es', 'Una veintena de familias fueron evacuadas.', 'Una veintena', 20],
    ['es', 'Un centenar de soldados llegaron al puerto.', 'Un centenar', 100],
    ['pt', 'Uma dezena de pessoas ficaram feridas.', 'Uma dezena', 10],
    ['it', 'Un centinaio di manifestanti si sono riuniti.', 'Un centinaio', 100],
    ['en', 'A dozen soldiers were wounded.', 'A dozen', 12],
    ['de', 'Ein Dutzend Soldaten wurde verletzt.', 'Ein Dutzend', 12],
  ];
  for (const [lang, text, at, value] of cases) {
    it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value, qualifier: 'about' }));
  }
  it('their plurals stay vague, and quarantine is no number', () => {
    expectNoFigure('en', 'Dozens of soldiers were wounded.', 'Dozens');
    expectNoFigure('de', 'Dutzende Menschen wurden verletzt.', 'Dutzende');
    expectNoFigure('es', 'Decenas de personas resultaron heridas.', 'Decenas');
    expectNoFigure('fr', 'Les passagers ont été placés en quarantaine.', 'quarantaine');
  });
});

describe('a temperature is a measure in its unit', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['es', 'La temperatura media subió 0,87ºC respecto al siglo pasado.', '0,87', 0.87],
    ['es', 'El termómetro marcó 31 grados a mediodía.', '31', 31],
    ['es', 'Hubo -4 ºC de mínima en la sierra.', '-4', -4],
    ['pt', 'Os termômetros marcaram 2,5ºC na serra.', '2,5', 2.5],
    ['fr', 'Il faisait 36 °C à l’ombre.', '36', 36],
    ['it', 'Si sono registrati 36 gradi a Roma.', '36', 36],
    ['de', 'Es wurden 36 Grad gemessen.', '36', 36],
    ['en', 'Overnight it fell to -4 °F in the valley.', '-4', (-4 - 32) * 5 / 9],
  ];
  for (const [lang, text, at, value] of cases) {
    it(`${lang}: ${text}`, () => {
      const f = figureAt(text, lang, at);
      expect(f?.concept).toBe('temperature');
      expect(f?.value).toBeCloseTo(value, 6);
    });
  }
});

describe('a page counter after a separator, or in another language than the page, is not a figure', () => {
  it('after a bar or a bracket', () => {
    expectNoFigure('en', 'Gallery: the new console | 23 Photos\nThe console sells for $450.', '23');
    expectNoFigure('en', 'Rating 0% (4 Votes)\nThe bakery sold 40 cakes.', '4');
  });
  it('an interface in English on a Spanish page', () => {
    expectNoFigure('es', 'Noticias de la región\n3 Ratings\nEl municipio repartió 500 raciones.', '3');
  });
});

describe('a comparator and its number inside quotation marks still count the noun after them', () => {
  const cases: Array<[ReadLanguage, string]> = [
    ['fr', 'La préfecture a recensé «plus de 300» personnes sur la place.'],
    ['es', 'La alcaldía contó «más de 300» personas en la plaza.'],
    ['en', 'Organisers counted “more than 300” people in the square.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => expectFigure(lang, text, { at: '300', value: 300, qualifier: 'more_than', concept: 'people' }));
  }
});

describe('more of the same: a bare number after "another" counts what the count before it does', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'El gobierno abrirá 60 comedores en la capital.\n\nAdemás, habrá otros 90 en los que se repartirán desayunos.', '90'],
    ['en', 'The city opened 60 shelters in March. In April it opened another 90.', '90'],
    ['en', 'The city opened 60 shelters in March and 90 more in April.', '90'],
    ['de', 'Die Stadt öffnete 60 Notunterkünfte und im April weitere 90.', '90'],
    ['it', 'Il comune ha aperto 60 rifugi e ad aprile altri 90.', '90'],
    ['pt', 'A cidade abriu 60 abrigos e em abril outros 90.', '90'],
    ['fr', 'La ville a ouvert 60 refuges, puis 90 autres en avril.', '90'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text.replace(/\n/g, ' / ')}`, () => {
      const f = figureAt(text, lang, at);
      expect(f?.value).toBe(90);
      expect(f?.concept).toBe(figureAt(text, lang, '60')?.concept);
    });
  }
  it('its own noun or what happened to it comes first', () => {
    expectFigure('en', 'Forty people died and another 90 were injured.', { at: '90', concept: 'people_wounded' });
    expect(figureAt('The hospital admitted 90 more patients on Sunday.', 'en', '90')?.noun).toBe('patients');
  });
});

describe('a day before a month of another language is a date', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'El acuerdo se firmó el 14 de March en Lima y lo avalaron 30 diputados.', '14'],
    ['fr', 'Le texte a été signé le 14 de March par 30 députés.', '14'],
    ['pt', 'O acordo foi assinado em 14 de March por 30 deputados.', '14'],
    ['en', 'The deal was signed on 14 marzo by 30 deputies.', '14'],
    ['it', 'L’accordo è stato firmato il 14 March da 30 deputati.', '14'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '30', value: 30 });
    });
  }
});

describe('a capitalised word and a number opening a sentence name a thing when the text names it so elsewhere', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['en', 'Voyager 2 crossed the heliopause in 2018. The team behind Voyager counted 40 engineers.', '2'],
    ['es', 'Voyager 2 cruzó la heliopausa en 2018. El equipo del Voyager contaba con 40 ingenieros.', '2'],
    ['fr', 'Ariane 6 a décollé lundi. Le lanceur Ariane a placé 3 satellites en orbite.', '6'],
    ['it', 'Voyager 2 ha superato l’eliopausa. Il team della Voyager contava 40 ingegneri.', '2'],
    ['pt', 'Voyager 2 cruzou a heliopausa. A equipe da Voyager tinha 40 engenheiros.', '2'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
  it('a sentence opening with an ordinary word still counts', () => {
    expectFigure('es', 'Ayer 40 manifestantes fueron detenidos. Hoy la calma volvió.', { at: '40', value: 40 });
  });
});

describe('years between commas or brackets right after a name are an age', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['fr', 'Paul Durand, 64 ans, a témoigné lundi.', '64'],
    ['es', 'Ana Gil (34 años) fue rescatada ayer.', '34'],
    ['it', 'Marco Bellini, 52 anni, è stato arrestato.', '52'],
    ['pt', 'João Lima, 47 anos, foi detido ontem.', '47'],
    ['en', 'Mary Jones, 64 years, was hired.', '64'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
  it('a sentence of years after a comma stays a duration', () => {
    expectFigure('fr', 'Le tribunal l’a condamné à 20 ans, a précisé le parquet.', { at: '20', concept: 'duration' });
    expectFigure('es', 'En Francia, 30 años de cárcel es la pena máxima.', { at: '30', concept: 'duration' });
  });
});

describe('hours of the day given as a span are times, not a duration', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'La biblioteca atiende de 8 a 15 horas y tiene 20 empleados.', '15'],
    ['es', 'El corte de luz será entre las 10 y las 13 horas en 20 barrios.', '13'],
    ['es', 'La campaña se hará de 9.30 a 12 horas en 20 escuelas.', '12'],
    ['fr', 'La mairie reçoit de 8 à 15 heures et compte 20 agents.', '15'],
    ['fr', 'La route sera fermée de 22 heures à 6 heures pour 20 chantiers.', '6'],
    ['it', 'Il museo resta aperto dalle 10 alle 19 con 20 custodi.', '19'],
    ['pt', 'A biblioteca funciona das 8 às 15 horas e tem 20 funcionários.', '15'],
    ['pt', 'A feira abre de 10 a 18 horas com 20 barracas.', '18'],
    ['de', 'Die Bibliothek ist von 8 bis 15 Uhr geöffnet und hat 20 Angestellte.', '15'],
    ['en', 'The library is open from 8 to 3 on weekdays and has 20 staff.', '3'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '20', value: 20 });
    });
  }
  it('a span of hours that fits a duration stays one', () => {
    expectFigure('es', 'Los bomberos trabajaron de 4 a 6 horas en cada incendio.', { at: '4', concept: 'duration' });
    expectFigure('en', 'The repairs took from 6 to 10 hours on each line.', { at: '6', concept: 'duration' });
  });
  it('an hour after a clock word is a time, not when it measures something', () => {
    expectNoFigure('fr', 'Le conseil se réunira à 18 heures dans la grande salle.', '18');
    expectNoFigure('it', 'Il consiglio si riunirà alle 18 nella sala grande.', '18');
    expectFigure('fr', 'Le village se trouve à 3 heures de marche de la route.', { at: '3', concept: 'duration' });
    expectFigure('it', 'Dopo le sette ore di trattativa, i sindacati hanno firmato.', { at: 'sette', concept: 'duration' });
    expectFigure('fr', 'Le chômage est passé à 12% contre 9% un an plus tôt.', { at: '12%', value: 0.12 });
  });
});

describe('a number between two capitalised words names an outlet or a programme', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'Así lo publicó el diario El 24 Noticias este martes, que cita a 30 testigos.', '24'],
    ['es', 'Lo dijo en el noticiero «Hoy 10 Voces» de la televisora local ante 30 invitados.', '10'],
    ['fr', 'Il l’a affirmé sur la chaîne La 5 Infos devant 30 invités.', '5'],
    ['it', 'Lo ha raccontato il programma Tg 2 Dossier davanti a 30 ospiti.', '2'],
    ['pt', 'O jornal Agora 7 Dias ouviu 30 testemunhas.', '7'],
    ['en', 'She told the programme Radio 5 Live that 30 people had called.', '5'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '30', value: 30 });
    });
  }
  it('a channel named by a word and a number, glued or not', () => {
    expectNoFigure('es', 'El reportaje se emitió anoche por Canal 9 y lo vieron miles.', '9');
    expectNoFigure('fr', 'Le débat diffusé sur M6 a réuni des millions de téléspectateurs.', '6');
    expectNoFigure('it', 'Il servizio andato in onda su Rai 2 ha fatto discutere.', '2');
    expectNoFigure('pt', 'A entrevista foi ao ar na TV 3 ontem à noite.', '3');
    expectNoFigure('en', 'The interview aired on Channel 5 last night.', '5');
  });
  it('a count of a capitalised noun is still a count', () => {
    expectFigure('fr', '«Environ 400 Kurdes ont franchi la frontière», a dit le préfet.', { at: '400', value: 400 });
    expectFigure('en', 'The embassy said 21 Britons were evacuated.', { at: '21', value: 21 });
  });
});

describe('an age may be given as a range', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['it', 'Secondo la polizia il rapinatore dovrebbe avere tra i 25 e 30 anni.', '25'],
    ['fr', 'Selon la police, le voleur aurait entre 25 et 30 ans.', '25'],
    ['fr', 'Le nouveau maire a 58 ans et dirige 300 agents.', '58'],
    ['es', 'Según la policía, el ladrón tendría entre 25 y 30 años de edad.', '25'],
    ['es', 'Según la policía, el ladrón tiene entre 25 y 30 años.', '25'],
    ['pt', 'Segundo a polícia, o ladrão teria entre 25 e 30 anos.', '25'],
    ['en', 'Police said the robber is between 25 and 30 years old.', '25'],
    ['de', 'Laut Polizei ist der Räuber zwischen 25 und 30 Jahre alt.', '25'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
  it('a range of years that something lasted stays a duration', () => {
    expectFigure('es', 'La restauración del templo duró entre 25 y 30 años.', { at: '25', concept: 'duration' });
    expectFigure('fr', 'Le chantier a duré entre 25 et 30 ans.', { at: '25', concept: 'duration' });
  });
});

describe('a period repeated is a frequency, not a figure', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'El permiso de conducir se renueva cada cinco años.', 'cinco'],
    ['en', 'Drivers must renew their licence every five years.', 'five'],
    ['fr', 'Le permis se renouvelle tous les cinq ans.', 'cinq'],
    ['it', 'La patente si rinnova ogni cinque anni.', 'cinque'],
    ['pt', 'A carteira é renovada a cada cinco anos.', 'cinco'],
    ['de', 'Der Führerschein wird alle fünf Jahre erneuert.', 'fünf'],
  ];
  for (const [lang, text, at] of cases) it(`${lang}: ${text}`, () => expectNoFigure(lang, text, at));
});

describe('a bare degree is a temperature where the sentence speaks of the weather', () => {
  it('in the scale the text names, else by what weather in Celsius reaches', () => {
    expectFigure('en', 'The thermometer showed 41 degrees in Seville as the heatwave went on.', { at: '41', concept: 'temperature', value: 41 });
    expectFigure('en', 'The forecast says it will reach 100 degrees by Friday.', { at: '100', concept: 'temperature', unit: 'C' });
    expect(figureAt('The forecast says it will reach 100 degrees by Friday.', 'en', '100')?.value).toBeCloseTo(37.78, 1);
    expect(figureAt('Readings in Fahrenheit: the weather turned, with 50 degrees at noon.', 'en', '50')?.value).toBeCloseTo(10, 1);
  });
  it('an angle or a diploma is no temperature', () => {
    expect(figureAt('The crane leaned at 30 degrees over the road.', 'en', '30')?.concept).not.toBe('temperature');
    expect(figureAt('The college handed out 250 degrees at the ceremony.', 'en', '250')?.concept).not.toBe('temperature');
  });
});

describe('share buttons\' counters in a row are page furniture', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'Compartir\n\n7 Facebook 3 Twitter 1 WhatsApp 0\n\nEl ayuntamiento contrató 45 docentes.', '3'],
    ['fr', 'Partager\n\n9 Facebook 2 Twitter 4 E-mail\n\nLa mairie a recruté 45 enseignants.', '2'],
    ['it', 'Condividi\n\n8 Facebook 6 Twitter 1 WhatsApp\n\nIl comune ha assunto 45 insegnanti.', '6'],
    ['pt', 'Compartilhe\n\n5 Facebook 2 Twitter 3 WhatsApp\n\nA prefeitura contratou 45 professores.', '2'],
    ['en', 'Share\n\n4 Facebook 8 Twitter 2 LinkedIn\n\nThe council hired 45 teachers.', '8'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text.replace(/\n/g, ' / ')}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '45', value: 45 });
    });
  }
  it('followers on a network are counted', () => {
    expectFigure('es', 'La alcaldesa suma 250 mil seguidores en Twitter.', { at: '250', value: 250000 });
  });
});

describe('a season written with two years, or a year cut after an apostrophe, is a date', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'La campaña 2022/23 de maíz dejó 300 productores sin crédito.', '2022/23'],
    ['en', 'The 2017-18 budget cut 300 posts.', '2017-18'],
    ['fr', 'La saison 2015/16 a attiré 300 exposants.', '2015/16'],
    ['it', 'Negli anni \'70 il porto impiegava 300 portuali.', '70'],
    ['en', 'In the ’60s the mill employed 300 weavers.', '60'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '300', value: 300 });
    });
  }
});

describe('a number closed by a bracket nobody opened marks a list item', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['it', 'Ci sono 2 ragioni: 1) il costo; 2) i tempi.', '1'],
    ['es', 'Hay 2 razones: 1) el costo y 2) los plazos.', '1'],
    ['fr', 'Il y a 2 raisons : 1) le coût, 2) les délais.', '1'],
    ['pt', 'Há 2 razões: 1) o custo e 2) os prazos.', '1'],
    ['en', 'There are 2 reasons:\n1) the cost\n2) the delays.', '1'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text.replace(/\n/g, ' / ')}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '2 r', value: 2 });
    });
  }
  it('a whole in brackets after a part is still read', () => {
    expectFigure('fr', 'Le texte a été voté par 12 sénateurs (sur 40).', { at: '12', of: 40 });
  });
});

describe('decades in Italian are a duration', () => {
  it('"tre decadi" is thirty years', () => {
    expectFigure('it', 'Ha guidato il partito per tre decadi.', { at: 'tre', value: 3 * 3652.5, concept: 'duration' });
  });
});

function expectClose(lang: ReadLanguage, text: string, at: string, value: number, concept: string): void {
  const f = figureAt(text, lang, at);
  expect(f, `${lang}: no figure at ${at} in ${text}`).toBeDefined();
  expect(f?.value).toBeCloseTo(value, 9);
  expect(f?.concept).toBe(concept);
}

describe('an average is no half, and half an hour is a duration', () => {
  const averages: Array<[ReadLanguage, string]> = [
    ['es', 'El centro recibe una media de 45 visitas al día.'],
    ['pt', 'O centro recebe uma média de 45 visitas por dia.'],
    ['fr', 'Le centre reçoit en moyenne 45 visites par jour.'],
    ['it', 'Il centro riceve una media di 45 visite al giorno.'],
    ['en', 'The centre gets an average of 45 visits a day.'],
    ['de', 'Das Zentrum hat im Schnitt 45 Besuche am Tag.'],
  ];
  for (const [lang, text] of averages) {
    it(`${lang}: ${text}`, () => {
      const figures = extractFigures(text, lang);
      expect(figures.map((f) => f.value)).toEqual([45]);
    });
  }
  const halves: Array<[ReadLanguage, string, string]> = [
    ['es', 'La reunión duró una media hora.', 'media'],
    ['fr', 'La réunion a duré une demi-heure.', 'demi'],
    ['pt', 'A reunião durou uma meia hora.', 'meia'],
  ];
  for (const [lang, text, at] of halves) {
    it(`${lang}: ${text}`, () => expectClose(lang, text, at, 1 / 48, 'duration'));
  }
  it('"half a century" is fifty years', () => {
    expectClose('fr', 'Le régime a duré un demi-siècle.', 'demi', 36525 / 2, 'duration');
  });
  for (const [lang, text] of [['it', 'La riunione è durata una mezz\'ora.'], ['de', 'Die Sitzung dauerte eine halbe Stunde.'], ['en', 'The meeting lasted half an hour.']] as const) {
    it(`${lang}: no half of anything in "${text}"`, () => {
      expect(extractFigures(text, lang).filter((f) => f.value === 0.5)).toEqual([]);
    });
  }
});

describe('a measure in two units is one measure', () => {
  const cases: Array<[ReadLanguage, string, string, number, string]> = [
    ['es', 'La maleta pesaba 7 kilos 400 gramos.', '7', 7.4, 'mass'],
    ['es', 'La maleta pesaba siete kilos 400 gramos.', 'siete', 7.4, 'mass'],
    ['pt', 'A mala pesava 7 quilos e 400 gramas.', '7', 7.4, 'mass'],
    ['fr', 'La valise pesait 7 kilos 400 grammes.', '7', 7.4, 'mass'],
    ['it', 'La valigia pesava 7 chili e 400 grammi.', '7', 7.4, 'mass'],
    ['de', 'Der Koffer wog 7 kg 400 g.', '7', 7.4, 'mass'],
    ['en', 'The case weighed 7 kg 400 g.', '7', 7.4, 'mass'],
    ['en', 'The fence is 6 feet 4 inches high.', '6', 76 * 0.0000254, 'distance'],
    ['es', 'La cerca mide 6 pies 4 pulgadas.', '6', 76 * 0.0000254, 'distance'],
    ['it', 'La gara è durata 2 ore e 15 minuti.', '2', 2.25 / 24, 'duration'],
    ['fr', 'Le trajet a duré 2 heures et 15 minutes.', '2', 2.25 / 24, 'duration'],
    ['de', 'Die Fahrt dauerte 2 Stunden und 15 Minuten.', '2', 2.25 / 24, 'duration'],
    // Hours as a letter before the minutes.
    ['fr', 'Le vol dure 2 h 15 min.', '15', 2.25 / 24, 'duration'],
    ['es', 'El vuelo dura 2 h 15 min.', '15', 2.25 / 24, 'duration'],
    ['en', 'The flight takes 2 hr 15 min.', '15', 2.25 / 24, 'duration'],
  ];
  for (const [lang, text, at, value, concept] of cases) {
    it(`${lang}: ${text}`, () => {
      expectClose(lang, text, at, value, concept);
      expect(extractFigures(text, lang)).toHaveLength(1);
    });
  }
  it('a time reference after the smaller part stays apart', () => {
    const text = 'Il gouverne depuis 30 ans et trois jours après le vote, il a démissionné.';
    expectClose('fr', text, '30', 30 * 365.25, 'duration');
  });
});

describe('a number after a joiner takes the unit its noun leaves out', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'Le impusieron dos meses de arresto: dos meses y seis de libertad vigilada.', 'seis'],
    ['pt', 'Recebeu dois meses e seis de liberdade condicional.', 'seis'],
    ['fr', 'Il a reçu deux mois et six de mise à l\'épreuve.', 'six'],
    ['it', 'Ha avuto due mesi e sei di libertà vigilata.', 'sei'],
    ['en', 'He got two months and six of probation.', 'six'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => expectClose(lang, text, at, 6 * 30.4375, 'duration'));
  }
  it('a number with a noun of its own keeps it', () => {
    expectFigure('es', 'Estuvo dos meses y seis abogados lo defendieron.', { at: 'seis', value: 6 });
    expect(figureAt('Estuvo dos meses y seis abogados lo defendieron.', 'es', 'seis')?.concept).not.toBe('duration');
  });
});

describe('a round count standing alone counts the noun before it', () => {
  const cases: Array<[ReadLanguage, string, string, number]> = [
    ['fr', 'Les blessés, une trentaine, ont été soignés.', 'trentaine', 30],
    ['fr', 'Combien de tracteurs ont brûlé ? Peut-être une cinquantaine.', 'cinquantaine', 50],
    ['es', 'Los heridos, una treintena, fueron trasladados.', 'treintena', 30],
    ['it', 'I detenuti, una trentina, sono stati liberati.', 'trentina', 30],
    ['pt', 'Os feridos, uma dezena, foram levados ao hospital.', 'dezena', 10],
    ['en', 'The wounded, a dozen, were taken to hospital.', 'dozen', 12],
  ];
  for (const [lang, text, at, value] of cases) {
    it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value, qualifier: 'about' }));
  }
  it('with no noun before it, nothing', () => {
    expectNoFigure('fr', 'Il est resté une quinzaine.', 'quinzaine');
  });
});

describe('a partitive counts the noun after its determiner', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'Cuatro de sus nietos estudian en Lima.', 'Cuatro'],
    ['pt', 'Quatro dos seus netos estudam em Lima.', 'Quatro'],
    ['fr', 'Quatre de ses neveux étudient à Lyon.', 'Quatre'],
    ['it', 'Quattro dei suoi nipoti studiano a Pisa.', 'Quattro'],
    ['en', 'Four of her grandsons study in Leeds.', 'Four'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => expectFigure(lang, text, { at, value: 4 }));
  }
  it('not an hour or a kilometre post with a singular noun', () => {
    expectNoFigure('es', 'Abrirán a las 8 de la mañana.', '8');
    expectNoFigure('es', 'El choque ocurrió en el kilómetro 43 de la autopista.', '43');
  });
});

describe('idioms with a number count nothing', () => {
  const cases: Array<[ReadLanguage, string, string]> = [
    ['es', 'Fue una negociación a tres bandas que dejó 45 acuerdos.', 'tres'],
    ['es', 'Tocaron a cuatro manos ante 45 invitados.', 'cuatro'],
    ['pt', 'Uma obra a quatro mãos com 45 páginas.', 'quatro'],
    ['fr', 'Il avançait à quatre pattes avec 45 kilos sur le dos.', 'quatre'],
    ['it', 'Un brano a quattro mani davanti a 45 ospiti.', 'quattro'],
    ['en', 'She was in two minds about hiring 45 staff.', 'two'],
    ['de', 'Sie sprachen unter vier Augen mit 45 Gästen.', 'vier'],
  ];
  for (const [lang, text, at] of cases) {
    it(`${lang}: ${text}`, () => {
      expectNoFigure(lang, text, at);
      expectFigure(lang, text, { at: '45', value: 45 });
    });
  }
  it('the same words with a noun of their own still count', () => {
    expectFigure('es', 'Tres bandas criminales se disputan la zona.', { at: 'Tres', value: 3 });
  });
});
