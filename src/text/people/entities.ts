/**
 * Places and organisations, kept apart from people: countries, words after place cues
 * ("in Kaesong", "Grenzort Panmunjom"), acronyms ("KCNA", "YONHAP") and institution nouns
 * ("Vereinigungsministerium").
 */
import { isCountry, isStopword, type Lexicon, startsUpper, isAllCaps, type Token, infoOf, nounAt } from '../lexicon/index.ts';
import type { ArticleEntity } from './types.ts';

// "Stadt Kaesong", "im Grenzort Panmunjom", "die Hauptstadt Seoul" -> the next word is a place
export const PLACE_NOUNS = /^(Stadt|Hauptstadt|Kleinstadt|Großstadt|Grenzstadt|Hafenstadt|Grenzort|Ort|Dorf|Region|Provinz|Bundesland|Insel|Bezirk|Landkreis|Kreis|Gemeinde|Metropole|Küstenstadt)$/;
// "in Seoul", "nach Pjöngjang", "aus Washington" -> a place if the word is not a known noun
export const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'von', 'nahe']);
// "Vereinigungsministerium(s)", "Staatsagentur", "Bundesanwaltschaft" -> organisations
const ORG_SUFFIX = /(ministerium|agentur|behörde|partei|gericht|anwaltschaft|bank|konzern|verband|kommission|akademie|universität|stiftung|institut|zentrale)s?$/;
const ROMAN = /^[IVXLC]+$/;
// "Kaesong" -> a capital, then lower case
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * The places and organisations of an article with their mention counts. `personTokens` are token
 * indices that belong to people, never entities.
 * @example findEntities(tokens, lex, new Set()) // [{ name: "Kaesong", kind: "place", mentions: 3 }, ...]
 */
export function findEntities(tokens: readonly Token[], lex: Lexicon, personTokens: ReadonlySet<number>): ArticleEntity[] {
  const kinds = new Map<string, 'place' | 'org'>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || personTokens.has(i)) continue;
    const kind = classify(tokens, i, lex);
    if (!kind) continue;
    const name = base(t, lex);
    if (!kinds.has(name)) kinds.set(name, kind);
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length && kinds.size > 0; i++) {
    const t = tokens[i]!;
    if (!t.word || personTokens.has(i)) continue;
    // "Pjöngjangs" counts for "Pjöngjang"
    const name = kinds.has(t.text) ? t.text : kinds.has(base(t, lex)) ? base(t, lex) : t.text.endsWith('s') ? t.text.slice(0, -1) : t.text;
    if (kinds.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...kinds.entries()].map(([name, kind]) => ({ name, kind, mentions: counts.get(name) ?? 0 }));
}

/** "Vereinigungsministeriums" -> "Vereinigungsministerium"; "Nordkoreas" -> "Nordkorea". */
function base(t: Token, lex: Lexicon): string {
  const word = t.text;
  if (/iums$/.test(word)) return word.slice(0, -1);
  const country = startsUpper(word) ? infoOf(lex, t).country : isCountry(lex, word);
  if (country && !lex.countries.has(word)) return word.slice(0, -1);
  return word;
}

function classify(tokens: readonly Token[], i: number, lex: Lexicon): 'place' | 'org' | undefined {
  const t = tokens[i]!;
  const w = t.text;
  // (what the word alone says is worked out once per capitalised word; others are rarely anything)
  const shape = startsUpper(w) ? (infoOf(lex, t).entityShape ??= wordShape(lex, w)) : wordShape(lex, w);
  if (shape !== 'candidate') return shape === 'none' ? undefined : shape;
  // "Prof." / "Dr." are titles, not places
  if (tokens[i + 1]?.text === '.' && /^(Prof|Dr|St)$/.test(w)) return undefined;
  const prev = tokens[i - 1];
  if (prev?.word && PLACE_NOUNS.test(prev.text)) return 'place';
  const next = tokens[i + 1];
  // "in Seoul" but not "in Zukunft" (a noun) nor "in Angela Merkels" (followed by a capitalised word)
  if (prev?.word && PLACE_PREPOSITIONS.has(prev.text) && !nounAt(lex, t) && !(next?.word && startsUpper(next.text))) return 'place';
  return undefined;
}

/** A country, an acronym or institution, a capitalised word the context may make a place, or none. */
function wordShape(lex: Lexicon, w: string): 'place' | 'org' | 'candidate' | 'none' {
  if (isCountry(lex, w)) return 'place';
  if (isAllCaps(w) && !ROMAN.test(w) && w.length <= 8) return 'org';
  if (startsUpper(w) && ORG_SUFFIX.test(w)) return 'org';
  return !CAPITALISED.test(w) || isStopword(lex, w) ? 'none' : 'candidate';
}
