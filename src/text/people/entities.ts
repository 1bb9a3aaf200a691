/**
 * Places and organisations, kept apart from people: countries, words after place cues
 * ("in Kaesong", "Grenzort Panmunjom"), acronyms ("KCNA", "YONHAP") and institution nouns
 * ("Vereinigungsministerium").
 */
import { isCountry, isNoun, isStopword, type Lexicon } from './lexicon.ts';
import { isAllCaps, type Token } from './tokens.ts';
import type { ArticleEntity } from './types.ts';

// "Stadt Kaesong", "im Grenzort Panmunjom", "die Hauptstadt Seoul" -> the next word is a place
export const PLACE_NOUNS = /^(Stadt|Hauptstadt|Kleinstadt|Großstadt|Grenzstadt|Hafenstadt|Grenzort|Ort|Dorf|Region|Provinz|Bundesland|Insel|Bezirk|Landkreis|Kreis|Gemeinde|Metropole|Küstenstadt)$/;
// "in Seoul", "nach Pjöngjang", "aus Washington" -> a place if the word is not a known noun
export const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'bei', 'von', 'nahe']);
// "Vereinigungsministerium(s)", "Staatsagentur", "Bundesanwaltschaft" -> organisations
const ORG_SUFFIX = /(ministerium|agentur|behörde|partei|gericht|anwaltschaft|bank|konzern|verband|kommission|akademie|universität|stiftung|institut|zentrale)s?$/;
const ROMAN = /^[IVXLC]+$/;

/**
 * The places and organisations of an article with their mention counts. `personTokens` are token
 * indices that belong to people, never entities.
 * @example findEntities(tokens, lex, new Set()) // [{ name: "Kaesong", kind: "place", mentions: 3 }, ...]
 */
export function findEntities(tokens: readonly Token[], lex: Lexicon, personTokens: ReadonlySet<number>): ArticleEntity[] {
  const kinds = new Map<string, 'place' | 'org'>();
  tokens.forEach((t, i) => {
    if (!t.word || personTokens.has(i)) return;
    const kind = classify(tokens, i, lex);
    if (kind && !kinds.has(base(t.text, lex))) kinds.set(base(t.text, lex), kind);
  });
  const counts = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!t.word || personTokens.has(i)) return;
    // "Pjöngjangs" counts for "Pjöngjang"
    const name = kinds.has(t.text) ? t.text : kinds.has(base(t.text, lex)) ? base(t.text, lex) : t.text.replace(/s$/, '');
    if (kinds.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return [...kinds.entries()].map(([name, kind]) => ({ name, kind, mentions: counts.get(name) ?? 0 }));
}

/** "Vereinigungsministeriums" -> "Vereinigungsministerium"; "Nordkoreas" -> "Nordkorea". */
function base(word: string, lex: Lexicon): string {
  if (/iums$/.test(word)) return word.slice(0, -1);
  if (isCountry(lex, word) && !lex.countries.has(word)) return word.slice(0, -1);
  return word;
}

function classify(tokens: readonly Token[], i: number, lex: Lexicon): 'place' | 'org' | undefined {
  const w = tokens[i]!.text;
  if (isCountry(lex, w)) return 'place';
  if (isAllCaps(w) && !ROMAN.test(w) && w.length <= 8) return 'org';
  if (/^\p{Lu}/u.test(w) && ORG_SUFFIX.test(w)) return 'org';
  // "Prof." / "Dr." are titles, not places
  if (!/^\p{Lu}\p{Ll}/u.test(w) || isStopword(lex, w) || tokens[i + 1]?.text === '.' && /^(Prof|Dr|St)$/.test(w)) return undefined;
  const prev = tokens[i - 1];
  if (prev?.word && PLACE_NOUNS.test(prev.text)) return 'place';
  const next = tokens[i + 1];
  // "in Seoul" but not "in Zukunft" (a noun) nor "in Angela Merkels" (followed by a capitalised word)
  if (prev?.word && PLACE_PREPOSITIONS.has(prev.text) && !isNoun(lex, w) && !(next?.word && /^\p{Lu}/u.test(next.text))) return 'place';
  return undefined;
}
