/**
 * Lengths of time, which are not dates: "seit zwei Jahren" -> P2Y, "drei Tage" -> P3D,
 * "mehrere Stunden" -> PXH, "monatelangen" -> PXM, "dreitägiges" -> P3D, "anderthalb Jahre" -> P1Y6M.
 */
import { NUMBER, UNIT_WORD, parseNumber, type Unit, unitOf } from '../lexicon.ts';
import { B, E, type Pattern, re } from './pattern.ts';

const CODES: Readonly<Record<Unit, string>> = {
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'DE',
};

/**
 * TIMEX duration value for an amount of a unit (`undefined` amount = unspecified "X").
 * @example durationValue(2, "year") // "P2Y"
 * @example durationValue(1.5, "year") // "P1Y6M"
 * @example durationValue(undefined, "hour") // "PTXH"
 */
export function durationValue(amount: number | undefined, unit: Unit): string {
  const code = CODES[unit];
  const time = code.startsWith('T');
  const letter = time ? code.slice(1) : code;
  if (amount === undefined) return `P${time ? 'T' : ''}X${letter}`;
  if (unit === 'year' && !Number.isInteger(amount)) {
    const months = Math.round((amount % 1) * 12);
    return `P${Math.floor(amount) ? `${Math.floor(amount)}Y` : ''}${months}M`;
  }
  if (!Number.isInteger(amount)) return durationValue(Math.round(amount * (unit === 'day' ? 24 : 1)), unit === 'day' ? 'hour' : unit);
  return `P${time ? 'T' : ''}${amount}${letter}`;
}

const QUALIFIER = '(?:(?:mehr als|weniger als|über|fast|knapp|etwa|rund|gut|nur|ungefähr|ca\\.|zirka|mindestens|höchstens)\\s+)?';

/** "zwei Jahren" (in "seit zwei Jahren"), "drei Tage", "mehr als drei Tagen", "50 Minuten", "ein halbes Jahr". */
const counted: Pattern = {
  name: 'duration',
  regex: re(`${B}${QUALIFIER}(?:(?<n>${NUMBER})\\s+(?<unit>${UNIT_WORD})|(?<half>[Ee]in(?:em|es)? halbe[ns]? Jahr(?:es)?))${E}`),
  build(m) {
    const g = m.groups!;
    if (g.half) return { type: 'duration', value: 'P6M' };
    const unit = unitOf(g.unit!);
    const n = parseNumber(g.n!);
    if (!unit || n === undefined || n === 0 || n > 3000) return undefined;
    return { type: 'duration', value: durationValue(n, unit) };
  },
};

/** "mehrere Stunden", "wenige Tage", "einigen Monaten" (after "seit"), "Jahren" (in "seit Jahren"), "längerer Zeit". */
const vague: Pattern = {
  name: 'vague-duration',
  regex: re(
    `${B}(?:(?:wenige[rn]?|mehrere[rn]?|einige[rn]?|ein paar|viele[rn]?|den letzten|den vergangenen|den folgenden|den nächsten)\\s+(?<unit>${UNIT_WORD})` +
      `|(?<=[Ss]eit\\s)(?<bare>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden)|(?<=[Ss]eit\\s)(?<long>(?:längerer|langer) Zeit))${E}`,
  ),
  build(m) {
    // "seit langer Zeit" -> an unspecified number of years, as TIMEX annotators write it
    if (m.groups!.long) return { type: 'duration', value: 'PXY' };
    const unit = unitOf(m.groups!.unit ?? m.groups!.bare!);
    if (!unit) return undefined;
    return { type: 'duration', value: durationValue(undefined, unit) };
  },
};

const LENGTH_ADJ: ReadonlyArray<[RegExp, Unit]> = [
  [/^stünd/, 'hour'],
  [/^täg/, 'day'],
  [/^wöch/, 'week'],
  [/^monat/, 'month'],
  [/^jährig|^jahr/, 'year'],
];

/** "dreitägiges", "neunmonatigen", "zweijährige", "90-tägiger", "monatelangen", "jahrzehntelang", "Sieben-Tage"(-Schlacht). */
const adjective: Pattern = {
  name: 'duration-adjective',
  regex: re(
    `${B}(?:(?<n>${NUMBER}|\\d{1,3})-?(?<adj>stündig|tägig|wöchig|monatig|jährig)(?:e[nrms]?)?|` +
      `(?<lang>stunden|tage|wochen|monate|jahre|jahrzehnte)lang(?:e[nrms]?)?|(?<cn>${NUMBER}|\\d{1,3})-(?<cu>Stunden|Tage|Wochen|Monate|Jahre)(?=-))${E}`,
  ),
  build(m) {
    const g = m.groups!;
    if (g.lang) {
      const unit = unitOf(g.lang === 'jahrzehnte' ? 'jahrzehnte' : g.lang);
      return unit ? { type: 'duration', value: durationValue(undefined, unit) } : undefined;
    }
    // "Sieben-Tage-Schlacht", "90-Tage-Frist"
    if (g.cn) {
      const n = parseNumber(g.cn);
      const unit = unitOf(g.cu!);
      return n === undefined || !unit ? undefined : { type: 'duration', value: durationValue(n, unit) };
    }
    const n = parseNumber(g.n!);
    const unit = LENGTH_ADJ.find(([r]) => r.test(g.adj!))?.[1];
    if (n === undefined || !unit) return undefined;
    return { type: 'duration', value: durationValue(n, unit) };
  },
};

/** Patterns for lengths of time: "zwei Jahren", "mehrere Stunden", "dreitägiges". */
export const DURATION_PATTERNS: readonly Pattern[] = [counted, vague, adjective];
