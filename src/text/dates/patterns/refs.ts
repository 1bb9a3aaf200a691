/**
 * Vague references to the present, past or future: "jetzt", "derzeit", "bald", "künftig",
 * "in Zukunft", "kurz zuvor", "kürzlich", "wenig später", "in der Folgezeit" (not the connective "in der Folge"); and "bis zum heutigen Tag" (the article's day).
 */
import type { RefExpr } from '../types.ts';
import { B, E, type Pattern, re } from './pattern.ts';

const REFS: ReadonlyArray<[RegExp, RefExpr['value']]> = [
  [/^(jetzt|derzeit|zurzeit|gegenwärtig|momentan|heutiger)/i, 'PRESENT_REF'],
  [/^(kurz zuvor|kurz vorher|zuvor|kürzlich|vor kurzem)/i, 'PAST_REF'],
];

/** "jetzt", "derzeit", "bald", "künftig", "in Zukunft", "kurz zuvor", "wenig später", "kurze Zeit später". */
const vague: Pattern = {
  name: 'ref',
  regex: re(
    `${B}(?:[Jj]etzt|[Dd]erzeit|[Zz]urzeit|[Gg]egenwärtig|[Mm]omentan|[Bb]ald|[Kk]ünftig|[Zz]ukünftig|[Ii]n Zukunft|` +
      `(?<=aus\\s)heutiger|[Kk]ürzlich|[Vv]or [Kk]urzem|[Kk]urz (?:zuvor|vorher)|(?:[Ww]enig|[Kk]urz|[Kk]urze Zeit|[Ww]enige Tage|[Bb]ald) (?:später|danach|darauf)|` +
      `[Ii]n der Folgezeit|[Dd]er Folgezeit)${E}`,
  ),
  build(m) {
    const word = m[0];
    const value = REFS.find(([r]) => r.test(word))?.[1] ?? 'FUTURE_REF';
    return { type: 'ref', value };
  },
};

/** "bis zum heutigen Tag" -> the article's day (a present reference in a history text). */
const thisDay: Pattern = {
  name: 'this-day',
  regex: re(`${B}heutigen Tag(?:e|es)?${E}`),
  build() {
    return { type: 'shift', unit: 'day', amount: 0, base: 'doc' };
  },
};

/** Patterns for vague references: "jetzt", "bald", "kurz zuvor". */
export const REF_PATTERNS: readonly Pattern[] = [vague, thisDay];
