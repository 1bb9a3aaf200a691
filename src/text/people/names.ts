/**
 * Finding person names in a token stream: first name + surname ("Antony Blinken"), Korean and
 * Chinese shapes ("Kim Jong Un", "Li Hongzhong"). Names after a title or salutation ("Außenminister
 * Blinken", "Frau Merkel") are titled.ts's; name-spans.ts asks both.
 */
import { type Gender, type Lexicon, isKoreanGivenName, isKoreanSyllable, isPinyinGivenName, positionsOf, type Token, infoOf, nounAt, roleAt, startsLower, startsUpper } from '../lexicon/index.ts';
import { PLACE_NOUNS } from './entities.ts';
import { agentSurname, isNounSurname, nounPlural } from './surnames.ts';

/** A name found in the text: tokens `first..last` (inclusive). */
export interface NameSpan {
  first: number;
  last: number;
  /** `full`: first name or given name included; `surname`: a bare surname after a title. */
  kind: 'full' | 'surname';
  gender: Gender;
  /** Family-name order: Korean and Chinese names put it first. */
  familyFirst: boolean;
  /** A bare surname that is also a common noun ("Fischer"): only kept if a full name confirms it. */
  needsConfirmation: boolean;
  /** Written "Surname, First name" (a list: inverted.ts); shown as "First name Surname". */
  inverted?: boolean;
  /** Opens with initials ("R. Kelly": initials.ts): the full name they abbreviate takes it, if the article has one. */
  initials?: boolean;
}

const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'dos', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'ter', 'ten', 'zu', 'vom', 'zur', 'mac', 'st.']);
/** Words in first-name lists that in German news start place or brand names ("San Antonio", "La Gazetta") or English titles ("Chief Executive"). */
const NOT_FIRST = new Set([
  'La',
  'Le',
  'El',
  'Los',
  'Las',
  'San',
  'Santa',
  'Santo',
  'Saint',
  'St',
  'New',
  'Fort',
  'Port',
  'Mount',
  'Lake',
  'Cape',
  'Bay',
  'Sea',
  'Sun',
  'Blue',
  'Maple',
  'North',
  'South',
  'East',
  'West',
  'France',
  'Royal',
  'Grand',
  'Golden',
  'Red',
  'Green',
  'Black',
  'White',
  'King',
  'Queen',
  'Prince',
  'Duke',
  'Air',
  'Star',
  'Chief',
]);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'im', 'am', 'vom', 'zum', 'beim', 'ins']);
// "W." -> an initial inside a name
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Whether a token can be part of a name: a capitalised word with lower-case letters that is not a
 * function word, country, month or title.
 * @example isNameWord(lex, tok("Blinken")) // true; isNameWord(lex, tok("Nordkoreas")) // false
 */
export function isNameWord(lex: Lexicon, t: Token | undefined): t is Token {
  // (a name word starts with a capital: others need no lookup)
  return !!t && t.word && startsUpper(t.text) && infoOf(lex, t).nameWord;
}

/**
 * Whether tokens `a` and `a + 1` are words side by side in one sentence (no mark between).
 * @example adjacent(tokens("Antony Blinken"), 0) // true
 */
export function adjacent(tokens: readonly Token[], a: number): boolean {
  const x = tokens[a];
  const y = tokens[a + 1];
  return !!x && !!y && x.sentence === y.sentence && y.word;
}

/**
 * A full name (first name + surname, Korean or Chinese shape) starting at token `i`, if any.
 * @example fullNameAt(tokens("Thomas Lang sagte"), 0, lex) // { first: 0, last: 1, kind: "full", ... }
 */
export function fullNameAt(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  return korean(tokens, i, lex) ?? chinese(tokens, i, lex) ?? western(tokens, i, lex);
}

function korean(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  // (a family name starts with a capital: others need no lookup)
  if (!tokens[i]!.word || !startsUpper(tokens[i]!.text)) return undefined;
  const strength = infoOf(lex, tokens[i]!).korean;
  if (!strength) return undefined;
  const next = tokens[i + 1];
  const make = (last: number): NameSpan => ({ first: i, last, kind: 'full', gender: 'unknown', familyFirst: true, needsConfirmation: false });
  if (!next || !adjacent(tokens, i)) return undefined;
  // "Lee Do-hoon", "Kim Jong-un" -> surname + hyphenated given name
  if (isKoreanGivenName(next.text)) return make(i + 1);
  const third = tokens[i + 2];
  // "Kim Jong Un", "Moon Jae In" -> surname + two separate syllables
  if (syllable(next) && adjacent(tokens, i + 1) && syllable(third) && !infoOf(lex, next).stopword) return make(i + 2);
  // "Sicherheitsberater Suh Hoon" -> one-syllable given name, only after a title
  const before = tokens[i - 1];
  if (strength === 'strong' && syllable(next) && before && roleAt(lex, before) && !infoOf(lex, next).stopword && !nounAt(lex, next)) return make(i + 1);
  return undefined;
}

function syllable(t: Token | undefined): boolean {
  return !!t && startsUpper(t.text) && isKoreanSyllable(t.text);
}

function chinese(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.word || !startsUpper(t.text) || !infoOf(lex, t).chinese || !next || !adjacent(tokens, i)) return undefined;
  // "Li Hongzhong", "Xi Jinping", "Wang Yi"
  if (!isPinyinGivenName(next.text) || nounAt(lex, next) || infoOf(lex, next).stopword) return undefined;
  return { first: i, last: i + 1, kind: 'full', gender: 'unknown', familyFirst: true, needsConfirmation: false };
}

/**
 * The gender of a first-name token (double names too), or undefined when it is none.
 * @example firstNameOf(lex, tok("Frank-Walter")) // "male"
 */
export function firstNameOf(lex: Lexicon, t: Token | undefined): Gender | undefined {
  return t && t.word && startsUpper(t.text) ? infoOf(lex, t).firstName : undefined;
}

function western(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  const gender = firstNameOf(lex, tokens[i]);
  if (!gender || infoOf(lex, tokens[i]!).stopword || NOT_FIRST.has(tokens[i]!.text)) return undefined;
  const weak = nounAt(lex, tokens[i]!) || infoOf(lex, tokens[i]!).country;
  // "im Osten Detroit", "der Westen" -> a noun after an article, not a first name
  // ("…, die Gerhard Schröder erklärt hatte" -> a relative pronoun after a comma is no article)
  const relative = !weak && tokens[i - 2]?.text === ',';
  if (ARTICLES.has(tokens[i - 1]?.text.toLowerCase() ?? '') && (weak || tokens[i - 1]!.word) && !relative) return undefined;
  let j = i;
  // "George W. Bush", "Hans Peter Müller", "Ursula von der Leyen", "Jaap de Hoop Scheffer"
  while (adjacent(tokens, j) && (INITIAL.test(tokens[j + 1]!.text) || PARTICLES.has(tokens[j + 1]!.text) || middleFirstName(tokens, j + 1, lex))) j++;
  const surname = tokens[j + 1];
  // "Thomas Lang" -> "Lang" is a stopword but also a frequent surname
  if (!adjacent(tokens, j) || !surname || !surnameWord(lex, surname)) return undefined;
  if (weak && nounAt(lex, surname)) return undefined; // "Mark Strafe", "Rose Montag"
  // "Innensenator Frank Henkel", ", Hubert Bart" -> after a title or in apposition a noun is a surname too
  const titled = !weak && (!!roleAt(lex, tokens[i - 1]) || (tokens[i - 1]?.text === ',' && tokens[j + 2]?.word === false) || titleAround(tokens, i, j + 1, lex));
  if (!titled && !surnameFits(lex, surname.text) && !agentSurname(surname.text)) return undefined; // "Amer Sport"
  // "werfen Luna Menschenhandel vor" when "Luna" alone recurs -> Luna is the surname, the noun is a noun
  if (nounAt(lex, surname) && !isNounSurname(surname.text) && aloneElsewhere(tokens, i, surname.text)) return undefined;
  if (PLACE_NOUNS.test(tokens[i - 1]?.text ?? '')) return undefined; // "Hauptstadt Addis Abeba"
  // (a German noun after an article is just the noun: "das Blinken" does not stop "Antony Blinken")
  if (!lex.nouns.has(surname.text) && afterArticle(tokens, surname.text)) return undefined;
  let last = j + 1;
  // (a noun's plural, listed only as its singular, ends the name too: "Charles Riggs Probleme")
  while (adjacent(tokens, last) && isNameWord(lex, tokens[last + 1]) && !lex.nouns.has(tokens[last + 1]!.text) && !nounPlural(tokens[last + 1]!.text) && last - i < 5) last++;
  return { first: i, last, kind: 'full', gender, familyFirst: false, needsConfirmation: false };
}

/**
 * A first name at token `k` inside a name, before its surname: "Hans Peter Müller"; not "Riggs", a
 * first name too, before a noun's plural ("der Pilot Charles Riggs Probleme": "Riggs" is the surname).
 * @example middleFirstName(tokens("Hans Peter Müller"), 1, lex) // true
 */
function middleFirstName(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  return !!firstNameOf(lex, tokens[k]) && isNameWord(lex, tokens[k + 1]) && !nounPlural(tokens[k + 1]!.text) && adjacent(tokens, k);
}

/** Tokens a title may stand before a name, its place in between: "die Abgeordnete im Landtag Gudrun Pieper". */
const TITLE_REACH = 5;

/**
 * A title in apposition after the name ("Theo Zwanziger, Präsident des DFB") or a few words before it
 * with no verb or comma in between ("die CDU-Abgeordnete im niedersächsischen Landtag Gudrun Pieper"):
 * then a noun after a first name is a surname ("Zwanziger", "Pieper").
 * @example titleAround(tokens, indexOf("Theo"), indexOf("Zwanziger"), lex) // true before ", Präsident des DFB"
 */
function titleAround(tokens: readonly Token[], first: number, last: number, lex: Lexicon): boolean {
  if (tokens[last + 1]?.text === ',') {
    const next = ARTICLES.has(tokens[last + 2]?.text.toLowerCase() ?? '') ? last + 3 : last + 2;
    if (roleAt(lex, tokens[next])) return true;
  }
  for (let k = first - 1; k >= 0 && k >= first - TITLE_REACH && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
    const t = tokens[k]!;
    if (!t.word || (startsLower(t.text) && lex.verbs.has(t.text) && !infoOf(lex, t).stopword)) return false;
    if (roleAt(lex, t)) return true;
  }
  return false;
}

/**
 * "die Spurs", "den Cavaliers" elsewhere -> a team or thing, not a family name; a relative pronoun after a
 * comma ("Visionen, die Trump und Kim vermittelt hätten") does not count. Worked out once per word and
 * token list, so a name repeated n times costs n, not n².
 */
function afterArticle(tokens: readonly Token[], word: string): boolean {
  const cache = cacheOf(AFTER_ARTICLE, tokens);
  let known = cache.get(word);
  if (known === undefined) {
    known = positionsOf(tokens, word).some((k) => ARTICLES.has(tokens[k - 1]?.text.toLowerCase() ?? '') && tokens[k - 2]?.text !== ',');
    cache.set(word, known);
  }
  return known;
}

/** Per token list: word -> `afterArticle`; "word next" -> how often the word is followed by next. */
const AFTER_ARTICLE = new WeakMap<readonly Token[], Map<string, boolean>>();
const FOLLOWED_BY = new WeakMap<readonly Token[], Map<string, number>>();
const BEFORE_SURNAME = new WeakMap<readonly Token[], Map<string, number>>();

function cacheOf<V>(caches: WeakMap<readonly Token[], Map<string, V>>, tokens: readonly Token[]): Map<string, V> {
  let cache = caches.get(tokens);
  if (!cache) caches.set(tokens, (cache = new Map()));
  return cache;
}

/** "Blinken", and also "Lang" (a stopword but a frequent surname). */
function surnameWord(lex: Lexicon, t: Token): boolean {
  return isNounSurname(t.text) || isNameWord(lex, t);
}

/**
 * Whether the word at `i` occurs in the text without `next` after it. Counts are worked out once per
 * (word, next) pair: "Luna Menschenhandel" 10,000 times is one scan, not 10,000.
 */
function aloneElsewhere(tokens: readonly Token[], i: number, next: string): boolean {
  const word = tokens[i]!.text;
  const cache = cacheOf(FOLLOWED_BY, tokens);
  const pair = `${word}\u0000${next}`;
  let followed = cache.get(pair);
  if (followed === undefined) {
    followed = 0;
    for (const k of positionsOf(tokens, word)) if (tokens[k + 1]?.text === next) followed++;
    cache.set(pair, followed);
  }
  // (before another capitalised word it is not alone: "Peter Horrocks" beside "Peter Mezger")
  const alone = positionsOf(tokens, word).length - followed - beforeSurname(tokens, word, next);
  // (the word at `i` itself does not count)
  return alone - (tokens[i + 1]?.text !== next ? 1 : 0) > 0;
}

/**
 * How often `word` stands before a capitalised word other than `next` ("Klaus Kleinfeld" beside "Klaus
 * Esser", "Saddam Husseins" beside "Saddam Hussein"), once per word and token list.
 */
function beforeSurname(tokens: readonly Token[], word: string, next: string): number {
  const cache = cacheOf(BEFORE_SURNAME, tokens);
  const key = `${word}\u0000${next}`;
  let n = cache.get(key);
  if (n === undefined) {
    n = 0;
    for (const k of positionsOf(tokens, word)) {
      const t = tokens[k + 1];
      if (t?.word && t.sentence === tokens[k]!.sentence && t.text !== next && startsUpper(t.text)) n++;
    }
    cache.set(key, n);
  }
  return n;
}

/** A noun is a surname only if it is a frequent one ("Müller") or a nominalised verb ("Blinken"). */
function surnameFits(lex: Lexicon, word: string): boolean {
  // only nouns the lexicon lists as such count against a surname: "Winterkorn" is no compound noun
  if (!lex.nouns.has(word)) return true;
  return isNounSurname(word) || lex.verbs.has(word.toLowerCase());
}
