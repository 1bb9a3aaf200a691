/**
 * The pieces title phrases are made of: modifiers, determiners, the title word (or any person noun),
 * its complement ("der CUD", "Nordkoreas", "der tunesischen Menschenrechtsliga"), and how a found
 * title is rendered for a person.
 */
import { infoOf, isCountry, isNoun, nounAt, type Gender, type Lexicon, displayRole, personNoun, type RoleWord, roleAt, roleWord, type Token, startsUpper } from '../lexicon/index.ts';

/**
 * Modifiers kept with a title ("frühere US-Präsident", "der Hohe Vertreter", "Regierender Bürgermeister"); nationality adjectives ("-isch-", and "deutsch",
 * "ostdeutschen", which end in "-sch" only) too, but not the preposition "zwischen".
 */
export const MODIFIERS =
  /^(?!(?:in)?zwischen$)(erst|zweit|dritt|stellvertretend|früher|ehemalig|amtierend|designiert|damalig|bisherig|einstig|derzeitig|jetzig|kommissarisch|vorsitzend|langjährig|scheidend|künftig|zukünftig|neu|neugewählt|oberst|leitend|hoh|regierend|geschäftsführend|außenpolitisch|innenpolitisch|\p{L}+isch|\p{L}*deutsch)(e|er|en|em|es)?$/iu;
// "US-Diplomat" -> prefix "US"
const PREFIX = /^(\p{Lu}[\p{L}]*)-/u;
export const DETERMINERS = new Set(['der', 'die', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'dieser', 'diese', 'diesem', 'diesen', 'Dieser', 'Diese']);
export const COMPLEMENT_ARTICLES = new Set(['der', 'des']);
// "reicher", "erfolgreiche": an inflected adjective before a stated role (not kept with it)
export const ADJECTIVE = /^\p{Ll}+(e|er|en|es|em)$/u;
/** "Prof." before a name is the title "Professor" (gender left to the name). */
export const PROFESSOR: RoleWord = Object.freeze({ base: 'Professor', head: 'professor', gender: 'unknown', adjectival: false });

/**
 * A title word, or with `broad` any person noun ("Geschäftsmann", "Web-Designerin").
 * @example titleAt(lex, tok("Geschäftsmann"), true)?.base // "Geschäftsmann" (undefined without `broad`)
 */
export function titleAt(lex: Lexicon, t: Token | undefined, broad: boolean): RoleWord | undefined {
  if (!t?.word) return undefined;
  return roleAt(lex, t) ?? (broad ? personNoun(t.text) : undefined) ?? lowerPrefixed(t.text);
}

// "ödp-Spitzenkandidat", "verdi-Verhandlungsführer": a body written in lower case before a title
const LOWER_PREFIX = /^(\p{Ll}[\p{L}.]*)-(\p{Lu}[\p{L}]*)$/u;

/**
 * A title after a lower-case prefix and a hyphen, with the prefix kept.
 * @example lowerPrefixed("ödp-Spitzenkandidat")?.base // "ödp-Spitzenkandidat"
 * @example lowerPrefixed("ödp-Mitgliedschaft") // undefined
 */
function lowerPrefixed(text: string): RoleWord | undefined {
  const m = LOWER_PREFIX.exec(text);
  const word = m ? roleWord(m[2]!) : undefined;
  return word && { ...word, base: `${m![1]}-${word.base}` };
}

/** A title found next to a name, with the gender it reveals; `renderRole` makes it a string. */
export interface FoundRole {
  word: RoleWord;
  mods: string[];
  complement?: string;
  gender: Gender;
  /** Token range of the whole title phrase (inclusive), for role anaphora. */
  first: number;
  last: number;
  head: string;
  /** Prefix before a hyphen: "US" in "US-Diplomat". */
  prefix?: string;
}

/**
 * "der Vorsitzende" -> a man, "die Vorsitzende" -> a woman; other titles show it themselves.
 * @example articleGender("die", roleWord("Vorsitzende")!, "Vorsitzende") // "female"
 */
export function articleGender(article: string | undefined, word: RoleWord, text: string): Gender | undefined {
  if (!word.adjectival || !text.endsWith('e')) return undefined;
  const a = article?.toLowerCase();
  return a === 'der' ? 'male' : a === 'die' ? 'female' : undefined;
}

/**
 * "Antonio Giraudi, Lazio-Klubchef Claudio Lotito": a name after the title at `last` makes it that
 * name's title; a genitive ("Sprecher Barack Obamas") does not.
 * @example nameFollows(tokens("X, Lazio-Klubchef Claudio Lotito,"), 2, lex) // true
 */
export function nameFollows(tokens: readonly Token[], last: number, lex: Lexicon): boolean {
  let k = last + 1;
  while (k <= last + 3 && tokens[k]?.word && infoOf(lex, tokens[k]!).nameWord && !nounAt(lex, tokens[k]!)) k++;
  return k > last + 1 && !/s$/.test(tokens[k - 1]!.text);
}

/**
 * "Nordkoreas" / "der CUD" / "für Nordkorea" / "der tunesischen Menschenrechtsliga" after the title
 * at token `j`, if any, with the complement's last token.
 * @example complementAfter(tokens("Vorsitzender der CUD ,"), 0, lex) // { complement: "der CUD", last: 2 }
 */
export function complementAfter(tokens: readonly Token[], j: number, lex: Lexicon): { complement?: string; last: number } {
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  if (a && isCountry(lex, a.text)) return { complement: a.text, last: j + 1 };
  // "Vorsitzender der CUD", "Sprecher des Ministeriums", "Sondergesandter für Nordkorea"
  // "Mitglied im SPD-Landesvorstand"
  if (!a || !b || !(COMPLEMENT_ARTICLES.has(a.text) || a.text === 'für' || a.text === 'im')) return { last: j };
  // "Direktor der US-amerikanischen Bürgerrechtsorganisation", "der tunesischen Menschenrechtsliga":
  // an adjective, plain or after a capitalised prefix ("US-amerikanischen"), then the noun
  const c = tokens[j + 3];
  if (c?.word && startsUpper(c.text) && (ADJECTIVE.test(b.text) || /^\p{Lu}+-\p{Ll}+(e|er|en|es|em)$/u.test(b.text))) {
    return { complement: `${a.text} ${b.text} ${c.text}`, last: j + 3 };
  }
  // "Chef der Deutschen Bank", "Präsident der Vereinigten Staaten": a capitalised adjective, then its noun
  // ("des Deutschen Bundestages": a genitive the lexicon knows without its -s/-es; "der Mannheimer
  // Justiz": a town's adjective in -er)
  if (c?.word && startsUpper(b.text) && /(e|en|er)$/.test(b.text) && startsUpper(c.text) && (nounAt(lex, c) || (/[^s]s$/.test(c.text) && isNoun(lex, c.text.replace(/e?s$/, ''))))) {
    return { complement: `${a.text} ${b.text} ${c.text}`, last: j + 3 };
  }
  if (startsUpper(b.text)) return { complement: `${a.text} ${b.text}`, last: j + 2 };
  return { last: j };
}

/**
 * A found title from its parts; the hint (from an article) overrides the gender the word shows.
 * @example build(roleWord("US-Diplomat")!, [], undefined, 3, 3).prefix // "US"
 */
export function build(word: RoleWord, mods: string[], complement: string | undefined, first: number, last: number, hint?: Gender): FoundRole {
  const prefix = PREFIX.exec(word.base)?.[1];
  return { word, mods, complement, gender: hint ?? word.gender, first, last, head: word.head, prefix };
}

/**
 * The title as shown for a person of a gender: "neue VW-Vorstandsvorsitzende" for Martin Winterkorn
 * reads "neuer VW-Vorstandsvorsitzender".
 * @example renderRole(roleBefore(tokens("der frühere US-Präsident Donald Trump"), 4, lex)!, "male") // "früherer US-Präsident"
 */
export function renderRole(role: FoundRole, gender: Gender): string {
  const g = role.word.gender === 'female' ? 'female' : gender === 'unknown' ? role.gender : gender;
  const shown = role.mods.map((m) => normaliseModifier(m, g));
  return [...shown, displayRole(role.word, g), ...(role.complement ? [role.complement] : [])].join(' ');
}

/** "früheren" -> "früherer" (a man's title) or "frühere"; a capitalised one keeps its capital ("Regierender", "Erste"), and stays when the gender is unknown. */
function normaliseModifier(mod: string, gender: Gender): string {
  if (startsUpper(mod) && gender === 'unknown') return mod;
  const stem = mod.replace(/(e|er|en|em|es)$/, '');
  return stem + (gender === 'male' ? 'er' : 'e');
}
