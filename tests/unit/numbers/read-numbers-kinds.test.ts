// Cases written for each kind of number in issue 16, in every language where the kind applies (none is taken from
// the peers' suites). Each line: language, text, and what `parallax numbers` prints for it.
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../lib/numbers/read-numbers.ts';
import { numberItem } from '../../../lib/numbers/number-item.ts';
import type { ReadLanguage } from '../../../lib/model/language.ts';

interface Expected {
  text: string;
  kind: string;
  value: number;
  low?: number;
  high?: number;
  unit?: string;
  currency?: string;
  figure?: boolean;
}

const KINDS: [string, [ReadLanguage, string, Expected[]][]][] = [
  ['an amount glued to its currency, code or unit, or written with a magnitude letter', [
    ['en', 'The fare was SGD12.50 each way', [{ text: 'SGD12.50', kind: 'money', value: 12.5, currency: 'SGD' }]],
    ['en', 'a £4.5m transfer fee', [{ text: '£4.5m', kind: 'money', value: 4500000, currency: 'GBP' }]],
    ['en', 'a 128GB model', [{ text: '128', kind: 'number', value: 128, unit: 'gb' }]],
    ['en', 'profits of 1.7bn last year', [{ text: '1.7bn', kind: 'number', value: 1700000000 }]],
    ['en', 'sales rose 4pc', [{ text: '4pc', kind: 'percent', value: 4 }]],
    ['pt', 'captou USD$ 12 milhões', [{ text: 'USD$ 12 milhões', kind: 'money', value: 12000000, currency: 'USD' }]],
    ['es', 'invirtió US$3.500 millones', [{ text: 'US$3.500 millones', kind: 'money', value: 3500000000, currency: 'USD' }]],
    ['de', 'kostet 20 CHF', [{ text: '20 CHF', kind: 'money', value: 20, currency: 'CHF' }]],
    ['fr', 'un loyer de 800 CHF', [{ text: '800 CHF', kind: 'money', value: 800, currency: 'CHF' }]],
    ['ru', 'за 300 руб.', [{ text: '300 руб.', kind: 'money', value: 300, currency: 'RUB' }]],
    ['vi', 'giá 50.000đ', [{ text: '50.000đ', kind: 'money', value: 50000, currency: 'VND' }]],
    ['zh', '售价US$99', [{ text: 'US$99', kind: 'money', value: 99, currency: 'USD' }]],
    ['zh', '重达80千克', [{ text: '80', kind: 'number', value: 80, unit: 'kg' }]],
    ['zh', '全长三千米', [{ text: '三', kind: 'number', value: 3, unit: 'km' }]],
    ['zh', '装机容量120万千瓦', [{ text: '120万', kind: 'number', value: 1200000, unit: 'kw' }]],
    ['zh', '来了三千人', [{ text: '三千', kind: 'number', value: 3000 }]],
    ['en', 'an area of 4,500 sq km', [{ text: '4,500', kind: 'number', value: 4500, unit: 'km2' }]],
  ]],
  ['a scale or unit shared by both ends of a range', [
    ['en', 'between eight and nine hundred', [{ text: 'between eight and nine hundred', kind: 'range', value: 800, low: 800, high: 900 }]],
    ['fr', 'entre trois et quatre millions d\'euros', [{ text: 'entre trois et quatre millions d\'euros', kind: 'range', value: 3000000, low: 3000000, high: 4000000, currency: 'EUR' }]],
    ['es', 'de 20 a 30 mil personas', [{ text: 'de 20 a 30 mil', kind: 'range', value: 20000, low: 20000, high: 30000 }]],
    ['pt', 'de 5 a 7 bilhões de reais', [{ text: 'de 5 a 7 bilhões de reais', kind: 'range', value: 5000000000, low: 5000000000, high: 7000000000, currency: 'BRL' }]],
    ['de', 'zwischen 2 und 3 Milliarden Euro', [{ text: 'zwischen 2 und 3 Milliarden Euro', kind: 'range', value: 2000000000, low: 2000000000, high: 3000000000, currency: 'EUR' }]],
    ['ru', 'от 3 до 4 миллионов рублей', [{ text: 'от 3 до 4 миллионов рублей', kind: 'range', value: 3000000, low: 3000000, high: 4000000, currency: 'RUB' }]],
    ['vi', 'từ 2 đến 3 triệu đồng', [{ text: 'từ 2 đến 3 triệu đồng', kind: 'range', value: 2000000, low: 2000000, high: 3000000, currency: 'VND' }]],
    ['zh', '三到四千人', [{ text: '三到四千', kind: 'range', value: 3000, low: 3000, high: 4000 }]],
    ['en', 'from 2% to 5%', [{ text: 'from 2% to 5%', kind: 'range', value: 2, low: 2, high: 5, unit: 'percent' }]],
    ['fr', 'de 3 % à 6 %', [{ text: '3 % à 6 %', kind: 'range', value: 3, low: 3, high: 6, unit: 'percent' }]],
    ['zh', '3%至5%', [{ text: '3%至5%', kind: 'range', value: 3, low: 3, high: 5, unit: 'percent' }]],
    ['es', 'entre el 4% y el 6%', [{ text: 'entre el 4% y el 6%', kind: 'range', value: 4, low: 4, high: 6, unit: 'percent' }]],
  ]],
  ['alternatives that share a scale ("two or three hundred"), and number words joined by a dash', [
    ['en', 'four or five hundred homes', [{ text: 'four or five hundred', kind: 'range', value: 400, low: 400, high: 500 }]],
    ['en', '$1 or $2 billion', [{ text: '$1 or $2 billion', kind: 'range', value: 1e9, low: 1e9, high: 2e9, currency: 'USD' }]],
    ['en', 'three or four days', [{ text: 'three', kind: 'number', value: 3 }, { text: 'four', kind: 'number', value: 4 }]],
    ['fr', 'trois ou quatre mille soldats', [{ text: 'trois ou quatre mille', kind: 'range', value: 3000, low: 3000, high: 4000 }]],
    ['es', 'siete u ocho millones', [{ text: 'siete u ocho millones', kind: 'range', value: 7e6, low: 7e6, high: 8e6 }]],
    ['pt', 'quatro ou cinco mil casas', [{ text: 'quatro ou cinco mil', kind: 'range', value: 4000, low: 4000, high: 5000 }]],
    ['it', 'tre o quattro milioni', [{ text: 'tre o quattro milioni', kind: 'range', value: 3e6, low: 3e6, high: 4e6 }]],
    ['de', 'vier oder fünf Tausend', [{ text: 'vier oder fünf Tausend', kind: 'range', value: 4000, low: 4000, high: 5000 }]],
    ['ru', 'три или четыре тысячи', [{ text: 'три или четыре тысячи', kind: 'range', value: 3000, low: 3000, high: 4000 }]],
    ['ru', 'семь-восемь миллионов', [{ text: 'семь-восемь миллионов', kind: 'range', value: 7e6, low: 7e6, high: 8e6 }]],
    ['ru', 'сорок-пятьдесят человек', [{ text: 'сорок-пятьдесят', kind: 'range', value: 40, low: 40, high: 50 }]],
    ['en', 'thirty-four', [{ text: 'thirty-four', kind: 'number', value: 34 }]],
    ['fr', 'soixante-dix-huit', [{ text: 'soixante-dix-huit', kind: 'number', value: 78 }]],
  ]],
  ['collective numerals: a ten, a hundred, a dozen as nouns', [
    ['pt', 'duas centenas de feridos', [{ text: 'duas centenas', kind: 'number', value: 200 }]],
    ['pt', 'uma dezena de casas', [{ text: 'uma dezena', kind: 'number', value: 10 }]],
    ['es', 'tres decenas de heridos', [{ text: 'tres decenas', kind: 'number', value: 30 }]],
    ['es', 'un millar de soldados', [{ text: 'un millar', kind: 'number', value: 1000 }]],
    ['fr', 'une vingtaine de morts', [{ text: 'une vingtaine', kind: 'number', value: 20 }]],
    ['fr', 'placés en quarantaine', []],
    ['es', 'una veintena de heridos', [{ text: 'una veintena', kind: 'number', value: 20 }]],
    ['es', 'en cuarentena', []],
    ['fr', 'une dizaine de blessés', [{ text: 'une dizaine', kind: 'number', value: 10 }]],
    ['fr', 'quatre centaines de soldats', [{ text: 'quatre centaines', kind: 'number', value: 400 }]],
    ['fr', 'une dizaine de millions d\'euros', [{ text: 'une dizaine de millions d\'euros', kind: 'money', value: 1e7, currency: 'EUR' }]],
    ['es', 'una veintena de miles de personas', [{ text: 'una veintena de miles', kind: 'number', value: 20000 }]],
    ['pt', 'uma centena de milhões de reais', [{ text: 'uma centena de milhões de reais', kind: 'money', value: 1e8, currency: 'BRL' }]],
    ['ru', 'три десятка домов', [{ text: 'три десятка', kind: 'number', value: 30 }]],
    ['ru', 'две сотни солдат', [{ text: 'две сотни', kind: 'number', value: 200 }]],
    ['it', 'due centinaia di soldati', [{ text: 'due centinaia', kind: 'number', value: 200 }]],
    ['de', 'drei Dutzend Häuser', [{ text: 'drei Dutzend', kind: 'number', value: 36 }]],
    ['en', 'two dozen houses', [{ text: 'two dozen', kind: 'number', value: 24 }]],
    ['pt', 'dezenas de feridos', [{ text: 'dezenas', kind: 'range', value: 10, low: 10, high: 100 }]],
    ['ru', 'сотни солдат', [{ text: 'сотни', kind: 'range', value: 100, low: 100, high: 1000 }]],
  ]],
  ['spelled-out fractions and fractions of a scale', [
    ['en', 'a third of a million', [{ text: 'a third of a million', kind: 'number', value: 333333.333333333 }]],
    ['en', 'three hundred and twenty ninths', [{ text: 'three hundred and twenty ninths', kind: 'number', value: 35.55555555555556 }]],
    ['fr', 'trente et un huitièmes', [{ text: 'trente et un huitièmes', kind: 'number', value: 3.875 }]],
    ['fr', 'un demi-milliard', [{ text: 'un demi-milliard', kind: 'number', value: 500000000 }]],
    ['es', 'tres cuartos de millón', [{ text: 'tres cuartos de millón', kind: 'number', value: 750000 }]],
    ['pt', 'meio milhão de pessoas', [{ text: 'meio milhão', kind: 'number', value: 500000 }]],
    ['de', 'eine halbe Million', [{ text: 'eine halbe Million', kind: 'number', value: 500000 }]],
    ['ru', 'полмиллиона', [{ text: 'полмиллиона', kind: 'number', value: 500000 }]],
  ]],
  ['Indian digit grouping', [
    ['en', 'Rs 4,50,000', [{ text: 'Rs 4,50,000', kind: 'money', value: 450000, currency: 'INR' }]],
    ['en', '1,20,00,000 people', [{ text: '1,20,00,000', kind: 'number', value: 12000000 }]],
  ]],
  ['words that are articles as often as numbers', [
    ['fr', 'un homme est mort', []],
    ['fr', 'un ou deux jours', [{ text: 'un', kind: 'number', value: 1 }, { text: 'deux', kind: 'number', value: 2 }]],
    ['de', 'eine Frau starb', []],
    ['de', 'nur eine Frau', [{ text: 'eine', kind: 'number', value: 1 }]],
    ['es', 'una mujer murió', []],
    ['pt', 'uma mulher morreu', []],
    ['es', 'solo uno', [{ text: 'uno', kind: 'number', value: 1 }]],
    ['it', 'una donna è morta', []],
    ['it', 'soltanto una donna', [{ text: 'una', kind: 'number', value: 1 }]],
    ['it', 'un solo ferito', [{ text: 'un', kind: 'number', value: 1 }]],
  ]],
  ['comparisons written out', [
    ['en', 'equal to or greater than 12', [{ text: 'equal to or greater than 12', kind: 'range', value: 12, low: 12 }]],
    ['es', 'igual a 300 o mayor', [{ text: 'igual a 300 o mayor', kind: 'range', value: 300, low: 300 }]],
    ['es', 'entre menos cinco y veinte', [{ text: 'entre menos cinco y veinte', kind: 'range', value: -5, low: -5, high: 20 }]],
    ['fr', 'égal ou inférieur à 8', [{ text: 'égal ou inférieur à 8', kind: 'range', value: 8, high: 8 }]],
    ['pt', 'igual ou superior a 10', [{ text: 'igual ou superior a 10', kind: 'range', value: 10, low: 10 }]],
    ['de', 'gleich oder weniger als 7', [{ text: 'gleich oder weniger als 7', kind: 'range', value: 7, high: 7 }]],
    ['ru', 'равно или меньше 9', [{ text: 'равно или меньше 9', kind: 'range', value: 9, high: 9 }]],
    ['zh', '等于或小于9', [{ text: '等于或小于9', kind: 'range', value: 9, high: 9 }]],
    ['vi', 'bằng hoặc ít hơn 9', [{ text: 'bằng hoặc ít hơn 9', kind: 'range', value: 9, high: 9 }]],
    ['en', 'upwards of 70 homes', [{ text: 'upwards of 70', kind: 'range', value: 70, low: 70 }]],
    ['en', 'as many as 15 boats', [{ text: 'as many as 15', kind: 'range', value: 15, high: 15 }]],
    ['en', 'as much as 3 to 5 inches of snow', [{ text: '3 to 5', kind: 'range', value: 3, low: 3, high: 5 }]],
    ['es', 'hasta 20-30 centímetros', [{ text: '20-30', kind: 'range', value: 20, low: 20, high: 30 }]],
    ['fr', "plus d'une vingtaine de blessés", [{ text: "plus d'une vingtaine", kind: 'range', value: 20, low: 20 }]],
    ['es', 'como mucho 12 días', [{ text: 'como mucho 12', kind: 'range', value: 12, high: 12 }]],
    ['ru', 'более сотни домов', [{ text: 'более сотни', kind: 'range', value: 100, low: 100 }]],
    ['zh', '多达80人', [{ text: '多达80', kind: 'range', value: 80, high: 80 }]],
  ]],
  ['vague amounts as intervals', [
    ['en', 'tens of thousands of people', [{ text: 'tens of thousands', kind: 'range', value: 10000, low: 10000, high: 100000 }]],
    ['fr', 'des centaines de manifestants', [{ text: 'centaines', kind: 'range', value: 100, low: 100, high: 1000 }]],
    ['es', 'miles de personas', [{ text: 'miles', kind: 'range', value: 1000, low: 1000, high: 10000 }]],
    ['pt', 'dezenas de mortos', [{ text: 'dezenas', kind: 'range', value: 10, low: 10, high: 100 }]],
    ['de', 'Hunderte Menschen', [{ text: 'Hunderte', kind: 'range', value: 100, low: 100, high: 1000 }]],
    ['ru', 'сотни людей', [{ text: 'сотни', kind: 'range', value: 100, low: 100, high: 1000 }]],
    ['vi', 'hàng trăm người', [{ text: 'hàng trăm', kind: 'range', value: 100, low: 100, high: 1000 }]],
    ['zh', '数以百计的人', [{ text: '数以百计', kind: 'range', value: 100, low: 100, high: 1000 }]],
  ]],
  ['powers of ten', [
    ['en', '2.5 × 10⁶ cells', [{ text: '2.5 × 10⁶', kind: 'number', value: 2500000 }]],
    ['fr', '3,2 × 10⁹ étoiles', [{ text: '3,2 × 10⁹', kind: 'number', value: 3200000000 }]],
    ['en', '6.02 x 10^23', [{ text: '6.02 x 10^23', kind: 'number', value: 6.02e+23 }]],
  ]],
  ['names, counters and dates that contain numbers', [
    ['en', 'the Nikkei 225 fell 3%', [{ text: '225', kind: 'number', value: 225, figure: false }, { text: '3%', kind: 'percent', value: 3 }]],
    ['fr', 'le CAC 40 a perdu 2 %', [{ text: '40', kind: 'number', value: 40, figure: false }, { text: '2 %', kind: 'percent', value: 2 }]],
    ['de', 'der DAX 40 verlor 2 Prozent', [{ text: '40', kind: 'number', value: 40, figure: false }, { text: '2 Prozent', kind: 'percent', value: 2 }]],
    ['es', 'el Ibex 35 cayó un 2%', [{ text: '35', kind: 'number', value: 35, figure: false }, { text: '2%', kind: 'percent', value: 2 }]],
    ['ru', 'индекс РТС 1000', [{ text: '1000', kind: 'number', value: 1000, figure: false }]],
    ['en', 'slide 2 / 8', [{ text: '2 / 8', kind: 'number', value: 0.25, figure: false }]],
    ['en', 'since 9/11', [{ text: '9/11', kind: 'number', value: 0.8181818181818182, figure: false }]],
    ['en', 'a 5G network', []],
    ['en', 'a 4K screen', []],
    ['pt', 'o Windows 11 chegou', [{ text: '11', kind: 'number', value: 11, figure: false }]],
    ['vi', 'tàu Apollo 11', [{ text: '11', kind: 'number', value: 11, figure: false }]],
  ]],
  ['Chinese discounts and characters that are numerals only in some words; ordinals', [
    ['zh', '打八折', [{ text: '八折', kind: 'percent', value: 80 }]],
    ['zh', '七五折', [{ text: '七五折', kind: 'percent', value: 75 }]],
    ['zh', '收拾行李', []],
    ['zh', '壹拾万元', [{ text: '壹拾万元', kind: 'money', value: 100000, currency: 'CNY' }]],
    ['en', 'the 3rd time', [{ text: '3rd', kind: 'ordinal', value: 3, figure: false }]],
    ['fr', 'le 2e tour', [{ text: '2e', kind: 'ordinal', value: 2, figure: false }]],
    ['es', 'el 5º lugar', [{ text: '5º', kind: 'ordinal', value: 5, figure: false }]],
    ['ru', 'на 7-м месте', [{ text: '7-м', kind: 'ordinal', value: 7, figure: false }]],
  ]],
  ['multipliers, read as a number with unit "times"', [
    ['en', 'costs rose four times over', [{ text: 'four times', kind: 'number', value: 4, unit: 'times' }]],
    ['en', 'a 20-fold rise', [{ text: '20-fold', kind: 'number', value: 20, unit: 'times' }]],
    ['en', 'prices doubled, then rose twice more', [{ text: 'twice', kind: 'number', value: 2, unit: 'times' }]],
    ['fr', 'cinq fois moins de pluie', [{ text: 'cinq fois', kind: 'number', value: 5, unit: 'times' }]],
    ['fr', 'une fois la nuit tombée', []],
    ['es', 'cuatro veces mayor', [{ text: 'cuatro veces', kind: 'number', value: 4, unit: 'times' }]],
    ['es', 'gana el triple que antes', [{ text: 'el triple', kind: 'number', value: 3, unit: 'times' }]],
    ['es', 'una vez al año', []],
    ['pt', 'seis vezes maior', [{ text: 'seis vezes', kind: 'number', value: 6, unit: 'times' }]],
    ['pt', 'custa o dobro', [{ text: 'o dobro', kind: 'number', value: 2, unit: 'times' }]],
    ['it', 'quattro volte di più', [{ text: 'quattro volte', kind: 'number', value: 4, unit: 'times' }]],
    ['it', 'costa il triplo', [{ text: 'il triplo', kind: 'number', value: 3, unit: 'times' }]],
    ['de', 'fünfmal so hoch', [{ text: 'fünfmal', kind: 'number', value: 5, unit: 'times' }]],
    ['de', 'zehn Mal mehr', [{ text: 'zehn Mal', kind: 'number', value: 10, unit: 'times' }]],
    ['de', 'ein vierfach höheres Risiko', [{ text: 'vierfach', kind: 'number', value: 4, unit: 'times' }]],
    ['ru', 'в пять раз больше', [{ text: 'пять раз', kind: 'number', value: 5, unit: 'times' }]],
    ['ru', 'цены выросли втрое', [{ text: 'втрое', kind: 'number', value: 3, unit: 'times' }]],
    ['vi', 'cao gấp bốn lần', [{ text: 'gấp bốn lần', kind: 'number', value: 4, unit: 'times' }]],
    ['vi', 'giá tăng gấp đôi', [{ text: 'gấp đôi', kind: 'number', value: 2, unit: 'times' }]],
    ['zh', '产量是去年的五倍', [{ text: '五倍', kind: 'number', value: 5, unit: 'times' }]],
    ['zh', '收入翻两番', [{ text: '翻两番', kind: 'number', value: 4, unit: 'times' }]],
    ['en', 'more than twice as high', [{ text: 'more than twice', kind: 'range', value: 2, low: 2, unit: 'times' }]],
    ['ru', 'более чем втрое', [{ text: 'более чем втрое', kind: 'range', value: 3, low: 3, unit: 'times' }]],
  ]],
  ['a few or several of a scale, as an interval; neighbouring Chinese digits, as a range', [
    ['en', 'several hundred protesters', [{ text: 'several hundred', kind: 'range', value: 100, low: 100, high: 1000 }]],
    ['en', 'a few thousand dollars', [{ text: 'a few thousand dollars', kind: 'range', value: 1000, low: 1000, high: 10000 }]],
    ['en', 'several witnesses', []],
    ['de', 'einige tausend Demonstranten', [{ text: 'einige tausend', kind: 'range', value: 1000, low: 1000, high: 10000 }]],
    ['de', 'mehrere hunderttausend', [{ text: 'mehrere hunderttausend', kind: 'range', value: 100000, low: 100000, high: 1000000 }]],
    ['it', 'qualche migliaio di persone', [{ text: 'qualche migliaio', kind: 'range', value: 1000, low: 1000, high: 10000 }]],
    ['vi', 'vài chục nghìn người', [{ text: 'vài chục nghìn', kind: 'range', value: 10000, low: 10000, high: 100000 }]],
    ['vi', 'mấy trăm người', [{ text: 'mấy trăm', kind: 'range', value: 100, low: 100, high: 1000 }]],
    ['zh', '数千名游客', [{ text: '数千', kind: 'range', value: 1000, low: 1000, high: 10000 }]],
    ['zh', '几十万人', [{ text: '几十万', kind: 'range', value: 100000, low: 100000, high: 1000000 }]],
    ['zh', '数据显示', []],
    ['zh', '上万名球迷', [{ text: '上万', kind: 'range', value: 10000, low: 10000, high: 100000 }]],
    ['zh', '成千上万的难民', [{ text: '成千上万', kind: 'range', value: 1000, low: 1000, high: 10000 }]],
    ['zh', '他住在上海', []],
    ['zh', '千余名士兵', [{ text: '千', kind: 'range', value: 1000, low: 1000 }]],
    ['zh', '近百人受伤', [{ text: '百', kind: 'number', value: 100 }]],
    ['zh', '千里之外', []],
    ['zh', '五六十人受伤', [{ text: '五六十', kind: 'range', value: 50, low: 50, high: 60 }]],
    ['zh', '损失两三千万元', [{ text: '两三千万元', kind: 'range', value: 20000000, low: 20000000, high: 30000000, currency: 'CNY' }]],
    ['zh', '住院三五天', [{ text: '三五', kind: 'range', value: 3, low: 3, high: 5 }]],
    ['zh', '五六月份', [{ text: '五六', kind: 'range', value: 5, low: 5, high: 6, figure: false }]],
    ['zh', '电话一二三四', [1, 2, 3, 4].map((n) => ({ text: '一二三四'[n - 1] as string, kind: 'number', value: n }))],
  ]],
  ['shares written as one in so many', [
    ['en', 'one in five voters', [{ text: 'one in five', kind: 'number', value: 0.2 }]],
    ['en', '1 in 8 children', [{ text: '1 in 8', kind: 'number', value: 0.125 }]],
    ['en', 'three out of every ten homes', [{ text: 'three out of every ten', kind: 'number', value: 0.3 }]],
    ['en', 'one in 2019', [{ text: 'one', kind: 'number', value: 1 }, { text: '2019', kind: 'number', value: 2019, figure: false }]],
    ['fr', 'un électeur sur cinq', [{ text: 'un électeur sur cinq', kind: 'number', value: 0.2 }]],
    ['es', 'una de cada diez casas', [{ text: 'una de cada diez', kind: 'number', value: 0.1 }]],
    ['es', 'tres de cada cinco votantes', [{ text: 'tres de cada cinco', kind: 'number', value: 0.6 }]],
    ['es', 'uno de los heridos', []],
    ['pt', 'um em cada seis alunos', [{ text: 'um em cada seis', kind: 'number', value: 1 / 6 }]],
    ['pt', 'duas de cada três famílias', [{ text: 'duas de cada três', kind: 'number', value: 2 / 3 }]],
    ['it', 'un elettore su tre', [{ text: 'un elettore su tre', kind: 'number', value: 1 / 3 }]],
    ['de', 'jedes zehnte Kind', [{ text: 'jedes zehnte', kind: 'number', value: 0.1 }]],
    ['de', 'jeder 5. Haushalt', [{ text: 'jeder 5.', kind: 'number', value: 0.2 }]],
    ['ru', 'каждый третий житель', [{ text: 'каждый третий', kind: 'number', value: 1 / 3 }]],
    ['ru', 'каждая десятая семья', [{ text: 'каждая десятая', kind: 'number', value: 0.1 }]],
    ['zh', '每三名选民中就有一名', [{ text: '每三名选民中就有一', kind: 'number', value: 1 / 3 }]],
    ['zh', '每100个家庭中有7个', [{ text: '每100个家庭中有7', kind: 'number', value: 0.07 }]],
    ['zh', '每年有300人', [{ text: '300', kind: 'number', value: 300 }]],
    ['vi', 'cứ 3 cử tri thì có 1 người', [{ text: 'cứ 3 cử tri thì có 1', kind: 'number', value: 1 / 3 }]],
    ['it', '1 studente su 5', [{ text: '1 studente su 5', kind: 'number', value: 0.2 }]],
    ['it', 'un bilancio su 40 anni', [{ text: '40', kind: 'number', value: 40 }]],
  ]],
  ['scores, hyphenated units, a sign after a number, slang and magnitude letters', [
    ['en', 'a 2-1 win at home', [{ text: '2', kind: 'number', value: 2, figure: false }, { text: '1', kind: 'number', value: 1, figure: false }]],
    ['fr', 'victoire 3-1 à domicile', [{ text: '3', kind: 'number', value: 3, figure: false }, { text: '1', kind: 'number', value: 1, figure: false }]],
    ['en', 'a 300-pound man', [{ text: '300', kind: 'number', value: 300, unit: 'lb' }]],
    ['en', 'a 10-km race', [{ text: '10', kind: 'number', value: 10, unit: 'km' }]],
    ['en', '30+ people', [{ text: '30+', kind: 'range', value: 30, low: 30 }]],
    ['zh', '百分之二十到三十', [{ text: '百分之二十到三十', kind: 'range', value: 20, low: 20, high: 30, unit: 'percent' }]],
    ['en', 'it cost 20 bucks', [{ text: '20 bucks', kind: 'money', value: 20, currency: 'USD' }]],
    ['fr', '3,5 M€', [{ text: '3,5 M€', kind: 'money', value: 3500000, currency: 'EUR' }]],
    ['es', 'un 4 % más', [{ text: '4 %', kind: 'percent', value: 4 }]],
    ['de', '3-2 Sieg', [{ text: '3', kind: 'number', value: 3, figure: false }, { text: '2', kind: 'number', value: 2, figure: false }]],
  ]],
];

/** Equal to nine significant digits. */
function same(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('readNumbers by kind, in every language', () => {
  for (const [kind, cases] of KINDS) {
    it(kind, () => {
      for (const [lang, text, expected] of cases) {
        const got = readNumbers(text, lang, { openRanges: true }).map(numberItem);
        expect(got.length, `${lang}: ${text}`).toBe(expected.length);
        expected.forEach((e, i) => {
          const g = got[i];
          expect(g, `${lang}: ${text}`).toMatchObject({ text: e.text, kind: e.kind, figure: e.figure ?? true });
          expect([g?.unit, g?.currency], `${lang}: ${text}`).toEqual([e.unit, e.currency]);
          for (const key of ['value', 'low', 'high'] as const) expect(same(g?.[key], e[key]), `${lang}: ${text} ${key}`).toBe(true);
        });
      }
    });
  }
});
