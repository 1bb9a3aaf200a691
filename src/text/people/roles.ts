/**
 * The title words directly attached to a name: before it ("der südkoreanische
 * Chefnuklearunterhändler Lee Do-hoon", "Nordkoreas Erste Vizeaußenministerin Choe Son Hui") or as an
 * apposition ("Choe Son-hui, die erste Vizeaußenministerin Nordkoreas", "der Präsident Südkoreas, Moon Jae In").
 */
import { infoOf, isCountry, nounAt, roleAt, type Lexicon, type RoleWord, type Token, startsUpper } from '../lexicon/index.ts';
import { ADJECTIVE, articleGender, build, COMPLEMENT_ARTICLES, complementAfter, DETERMINERS, type FoundRole, MODIFIERS, nameFollows, PROFESSOR, titleAt } from './role-phrase.ts';

import { oneOfAt } from './one-of.ts';
import { rolePhraseFrom } from './bare-phrase.ts';
import { relativeNoun } from './kin-nouns.ts';
import { appositionStart, closesApposition, possessorTitle } from './apposition.ts';

export { type FoundRole, renderRole } from './role-phrase.ts';
export { rolePhraseAt, rolePhraseFrom } from './bare-phrase.ts';

/** A word of a body's name after its description: an acronym or a name word that is no first name. */
function orgNameWord(t: Token | undefined, lex: Lexicon): boolean {
  if (!t?.word || !startsUpper(t.text)) return false;
  const info = infoOf(lex, t);
  return /^\p{Lu}{2,}$/u.test(t.text) || (info.nameWord && info.firstName === undefined && !nounAt(lex, t));
}

/**
 * The title phrase right before token `nameStart` (across an apposition comma too).
 * @example renderRole(roleBefore(tokens("der südkoreanische Chefnuklearunterhändler Lee Do-hoon"), 3, lex)!, "unknown")
 *   // "südkoreanischer Chefnuklearunterhändler"
 */
export function roleBefore(tokens: readonly Token[], nameStart: number, lex: Lexicon, broad = false): FoundRole | undefined {
  // "Innenminister a. D. Hans Wallner": "außer Dienst" between the title and the name, kept with the title
  if (tokens[nameStart - 1]?.text === 'D.' && tokens[nameStart - 2]?.text === '.' && tokens[nameStart - 3]?.text === 'a') {
    const role = roleBefore(tokens, nameStart - 3, lex, broad);
    return role && { ...role, complement: [role.complement, 'a. D.'].filter(Boolean).join(' ') };
  }
  // "Prof. Jiahua Pan"
  if (tokens[nameStart - 1]?.text === '.' && tokens[nameStart - 2]?.text === 'Prof') return build(PROFESSOR, [], undefined, nameStart - 2, nameStart - 1);
  // "Der türkische Hochschulratspräsident, Dr. Erdoğan Teziç"
  if (tokens[nameStart - 1]?.text === '.' && tokens[nameStart - 2]?.text === 'Dr' && tokens[nameStart - 3]?.text === ',') nameStart -= 2;
  const named = infoOf(lex, tokens[nameStart]!).firstName !== undefined;
  // "Der Bürgermeister von Freising Herr Dieter Thalhammer": the title stands before the address
  if (ADDRESS.test(tokens[nameStart - 1]?.text ?? '')) nameStart--;
  let j = nameStart - 1;
  const owned = genitiveTitle(tokens, nameStart, lex, named);
  if (owned) return owned;
  // "dem Anwalt seiner Familie – Rainer Wittner –": a dash sets off an apposition as a comma does
  const dash = DASH.test(tokens[j]?.text ?? '');
  // (a dash also opens a new clause: "Er traf den Präsidenten – Karl Brand war nicht da")
  if (dash && !closedAfter(tokens, nameStart)) return undefined;
  const comma = tokens[j]?.text === ',' || dash;
  if (comma) j--;
  // "der Präsident Südkoreas, Moon Jae In" -> complement between title and comma
  let complement: string | undefined;
  if (comma && tokens[j] && isCountry(lex, tokens[j]!.text) && roleAt(lex, tokens[j - 1])) {
    complement = tokens[j]!.text;
    j--;
  }
  if (comma && !complement && !titleAt(lex, tokens[j], broad)) return longApposition(tokens, j, lex);
  const t = tokens[j];
  const word = titleAt(lex, t, broad);
  if (!t || !word || t.sentence !== tokens[nameStart]!.sentence) return undefined;
  let first = j;
  const mods: string[] = [];
  while (tokens[first - 1] && MODIFIERS.test(tokens[first - 1]!.text) && tokens[first - 1]!.word) mods.unshift(tokens[--first]!.text);
  // "Der türkische Hochschulratspräsident, Dr. X": before a comma only a title with its article
  if (comma && !complement && !DETERMINERS.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return undefined;
  // "Kritiker des Ministerpräsidenten, Sondhi Limthongkul": the genitive is a person noun's complement
  // ("der Bruder des Papstes, Georg Ratzinger": a kinship noun's, no title of his; "den Plänen des
  // Bundesinnenministers, Wolfgang Schäuble": a thing's, the name is the title's holder)
  const owner = comma && !complement && genitiveAfterNoun(tokens, first, word) ? tokens[first - 2]! : undefined;
  if (owner && relativeNoun(owner.text)) return undefined;
  const ownerWord = owner && titleAt(lex, owner, true);
  if (ownerWord)
    return build(
      ownerWord,
      [],
      tokens
        .slice(first - 1, j + 1)
        .map((x) => x.text)
        .join(' '),
      first - 2,
      j,
    );
  // "Nordkoreas Erste Vizeaußenministerin" -> "Erste Vizeaußenministerin Nordkoreas"
  if (!complement && tokens[first - 1] && isCountry(lex, tokens[first - 1]!.text) && /s$/.test(tokens[first - 1]!.text)) {
    complement = tokens[--first]!.text;
  }
  // "der NPD, dessen Bundesvorstand Rieger angehört" -> a body of the NPD, not Rieger's title
  if (/^(dessen|deren)$/.test(tokens[first - 1]?.text ?? '')) return undefined;
  return build(word, mods, complement, first, j, articleGender(tokens[first - 1]?.text, word, t.text));
}

/**
 * Whether the title phrase opening at token `first` (its article before it) is a genitive after a
 * capitalised noun: "Kritiker des Ministerpräsidenten", "Sprecher der Ministerin" (not "Die Ministerin").
 * @example genitiveAfterNoun(tokens("Kritiker des Ministerpräsidenten ,"), 2, roleWord("Ministerpräsident")!) // true
 */
function genitiveAfterNoun(tokens: readonly Token[], first: number, word: RoleWord): boolean {
  const article = tokens[first - 1]?.text;
  const noun = tokens[first - 2];
  const genitive = article === 'des' || (article === 'der' && word.gender === 'female');
  return genitive && !!noun?.word && noun.sentence === tokens[first]!.sentence && startsUpper(noun.text) && !noun.initial;
}

// a dash between words: "–", "—" (a hyphen "-" joins words, it sets nothing off)
const DASH = /^[–—]$/;
/** Words a name set off by dashes may have: "Rainer Wittner", "Karl-Heinz von der Brand". */
const MAX_NAME_WORDS = 5;

/**
 * Whether the name starting at token `nameStart` ends a parenthesis: its capitalised words (and
 * particles) are followed by a dash, a bracket, a colon or the sentence end (not a comma: "– Karl Brand,
 * der Kanzler, war nicht da" sets off no name of the title before the dash).
 * @example closedAfter(tokens("dem Anwalt – Rainer Wittner – sagte"), 3) // true; "– Karl Brand war" // false
 */
function closedAfter(tokens: readonly Token[], nameStart: number): boolean {
  const s = tokens[nameStart]!.sentence;
  let k = nameStart;
  while (k < nameStart + MAX_NAME_WORDS && tokens[k]?.sentence === s && tokens[k]!.word && (startsUpper(tokens[k]!.text) || /^(von|van|der|de|zu)$/.test(tokens[k]!.text))) k++;
  const next = tokens[k];
  // "– Rainer Wittner –", "– Rainer Wittner (SPD)", "– Rainer Wittner." -> closed; "– Karl Brand, der Kanzler," -> not (the comma opens his own apposition)
  return !next || next.sentence !== s || /^[–—(.;:]$/.test(next.text);
}

// "Herr", "Frau", "Sir", "Lord": an address or honorific between a title and the name it belongs to
// ("der britische Milliardär Sir Richard Branson")
const ADDRESS = /^(Herr|Herrn|Frau|Sir|Dame|Lord)$/;

/** Tokens of a complement between a title and the name: "des Haushaltsausschusses des Parlaments". */
const MAX_COMPLEMENT = 5;

/**
 * "der Chef des Verwaltungsrats Ulrich Müller", "Sprecher der CDU/CSU-Bundestagsfraktion Friedbert
 * Pflüger", "Bürgermeister von Freising Dieter Thalhammer", "EU-Kommissar für Energie Günther Oettinger": a
 * title, "der"/"des"/"von"/"für" and up to three
 * capitalised tokens right before the name (`named`: the name opens with a first name).
 */
function genitiveTitle(tokens: readonly Token[], nameStart: number, lex: Lexicon, named: boolean): FoundRole | undefined {
  const s = tokens[nameStart]!.sentence;
  for (let k = nameStart - 2; k >= nameStart - MAX_COMPLEMENT - 1 && k > 0; k--) {
    const between = tokens.slice(k + 1, nameStart);
    // "CDU / CSU-Bundestagsfraktion": capitalised words, or a slash between them
    // (nouns or abbreviations: "der Hamburger Hafen Max Muster" is one name, not a complement and a person)
    // (a name in the complement only when a first name opens the person's: "… Amtrak George D. Warrington")
    const part = (t: Token) => t.text === '/' || (t.word && startsUpper(t.text) && !roleAt(lex, t) && (nounAt(lex, t) || named || /^\p{Lu}+$/u.test(t.text)));
    // "der amerikanischen Personeneisenbahngesellschaft Amtrak": an adjective may open the complement
    const adjective = (t: Token, at: number) => at === 0 && ADJECTIVE.test(t.text);
    // "des Haushaltsausschusses des Parlaments": a genitive of the genitive
    const chained = (t: Token, at: number) => at > 0 && COMPLEMENT_ARTICLES.has(t.text) && startsUpper(between[at + 1]?.text ?? '');
    if (!between.every((t, at) => t.sentence === s && (part(t) || adjective(t, at) || chained(t, at)))) return undefined;
    if (!(COMPLEMENT_ARTICLES.has(tokens[k]!.text) || tokens[k]!.text === 'von' || tokens[k]!.text === 'für') || !between[0]?.word || !startsUpper(between[between.length - 1]!.text)) continue;
    const t = tokens[k - 1];
    const word = roleAt(lex, t);
    // ("des Haushaltsausschusses des Parlaments": the first genitive may be the complement of a title before it)
    if (!word && t?.word && startsUpper(t.text) && COMPLEMENT_ARTICLES.has(tokens[k - 2]?.text ?? '')) continue;
    if (!word || t!.sentence !== s) return undefined;
    let first = k - 1;
    const mods: string[] = [];
    while (tokens[first - 1]?.word && MODIFIERS.test(tokens[first - 1]!.text)) mods.unshift(tokens[--first]!.text);
    const complement = `${tokens[k]!.text} ${between
      .map((x) => x.text)
      .join(' ')
      .replace(/ \/ /g, '/')}`;
    return build(word, mods, complement, first, nameStart - 1, articleGender(tokens[first - 1]?.text, word, t!.text));
  }
  return undefined;
}

/**
 * "Der südkoreanische Sonderbeauftragte für die koreanische Halbinsel und Sicherheitsfragen, Lee Do-hoon":
 * a title with article up to eight words before the comma ending at `end`, with no verb or mark between.
 */
function longApposition(tokens: readonly Token[], end: number, lex: Lexicon): FoundRole | undefined {
  // "Der Chef der Zentralbank (ZB), X": a bracketed abbreviation before the comma is passed over
  const bracket = tokens[end]?.text === ')' && tokens[end - 2]?.text === '(' && /^\p{Lu}[\p{Lu}\p{Ll}-]*$/u.test(tokens[end - 1]?.text ?? '');
  if (bracket) end -= 3;
  for (let j = end - 1; j >= end - 8 && j >= 0; j--) {
    const t = tokens[j]!;
    // "Der Geschäftsführer von „Acme“, X": quotation marks around the body's name
    if (QUOTE_MARK.test(t.text) && t.sentence === tokens[end]!.sentence) continue;
    if (!t.word || t.sentence !== tokens[end]!.sentence || lex.verbs.has(t.text)) return undefined;
    const word = roleAt(lex, t);
    if (!word) continue;
    let first = j;
    const mods: string[] = [];
    while (tokens[first - 1]?.word && MODIFIERS.test(tokens[first - 1]!.text)) mods.unshift(tokens[--first]!.text);
    // (past an extended attribute no genitive: "des am Montag zurückgetretenen Airbus-Chefs X, Y" is another's)
    if (!DETERMINERS.has(tokens[first - 1]?.text.toLowerCase() ?? '') && !NOT_GENITIVE.test(tokens[attributeStart(tokens, first) - 1]?.text ?? '')) return undefined;
    // "Die Abgeordneten Anna Roth, Karl Bender": a name right after the title is its holder, not a complement
    // ("der Sprecher von Angela Merkel, Steffen Seibert" keeps its complement)
    const after = tokens[j + 1];
    if (after && j + 1 <= end && infoOf(lex, after).firstName && isNameWordToken(lex, tokens[j + 2])) return undefined;
    const complement =
      tokens
        .slice(j + 1, end + 1)
        .filter((x) => !QUOTE_MARK.test(x.text))
        .map((x) => x.text)
        .join(' ') || undefined;
    return build(word, mods, complement, first, end, articleGender(tokens[first - 1]?.text, word, t.text));
  }
  return undefined;
}

// a quotation mark around a name: „Acme“, "Acme", »Acme«
const QUOTE_MARK = /^[„“”"»«‚‘’]$/;
// an article that is no genitive: "der", "dem gegenwärtigen Generalsekretär der UNCTAD, X", not "des"
const NOT_GENITIVE = /^(der|die|dem|den|ein|eine|einem|einen)$/i;
/** A capitalised name word (for a first name followed by its surname). */
function isNameWordToken(lex: Lexicon, t: Token | undefined): boolean {
  return !!t?.word && startsUpper(t.text) && infoOf(lex, t).nameWord;
}

/** Words an extended attribute may have before its participle: "als gemäßigt geltende". */
const MAX_ATTRIBUTE = 4;

/**
 * "der als gemäßigt geltende frühere Präsident": the start of an extended attribute ending in an
 * inflected participle or adjective right before token `first` (the token after its article), or `first`.
 * @example attributeStart(tokens("der als gemäßigt geltende frühere Präsident"), 4) // 1
 */
function attributeStart(tokens: readonly Token[], first: number): number {
  if (!ADJECTIVE.test(tokens[first - 1]?.text ?? '')) return first;
  for (let k = first - 2; k >= first - 1 - MAX_ATTRIBUTE && k >= 0; k--) {
    const t = tokens[k]!;
    if (!t.word || t.sentence !== tokens[first]!.sentence) return first;
    if (DETERMINERS.has(t.text.toLowerCase())) return k + 1;
  }
  return first;
}

/**
 * The apposition title right after a name ending at token `nameEnd`.
 * @example renderRole(roleAfter(tokens("Choe Son-hui, die erste Vizeaußenministerin Nordkoreas, warf"), 1, lex)!, "unknown")
 *   // "erste Vizeaußenministerin Nordkoreas"
 */
export function roleAfter(tokens: readonly Token[], nameEnd: number, lex: Lexicon, broad = false): FoundRole | undefined {
  // "Georg Wallner (Präsident des Vereins)": a title in brackets (a title word: "(Grüne)", a party, is none)
  const bracketed = tokens[nameEnd + 1]?.text === '(' ? rolePhraseFrom(tokens, nameEnd + 2, lex) : undefined;
  if (bracketed && tokens[bracketed.last + 1]?.text === ')') return bracketed;
  // "Stanislaw Tillich (CDU), amtierender …": past a party in brackets
  if (tokens[nameEnd + 1]?.text === '(' && tokens[nameEnd + 3]?.text === ')') nameEnd += 3;
  if (tokens[nameEnd + 1]?.text !== ',') return undefined;
  let j = nameEnd + 2;
  // "Pino Scaduto, einer der Bosse der Cosa Nostra," (only next to a known name: "Seoul, eine der Städte")
  const one = broad ? oneOfAt(tokens, j, lex, true) : undefined;
  // "der Cosa Nostra": the name of the body goes on
  while (one?.complement && one.last < j + 6 && orgNameWord(tokens[one.last + 1], lex)) one.complement += ` ${tokens[++one.last]!.text}`;
  if (one) return one;
  // "Barry Steinhardt, seines Zeichens Direktor der …"
  if (/^(seines|ihres)$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === 'Zeichens') j += 2;
  // "X, ebenfalls Spieler des Vereins,", "X, seit 2010 Präsident,", "X, 45, Lehrer,": then the apposition must close
  const opened = appositionStart(tokens, j);
  const mustClose = opened > j;
  j = opened;
  // "Winfried Hassemer, Papiers Stellvertreter,"
  const owned = possessorTitle(tokens, j, lex, broad);
  if (owned) return owned;
  const article = tokens[j]?.text ?? '';
  if (DETERMINERS.has(article)) j++;
  const mods: string[] = [];
  while (tokens[j] && tokens[j]!.word && MODIFIERS.test(tokens[j]!.text) && !roleAt(lex, tokens[j])) mods.push(tokens[j++]!.text);
  // "Ayman Nour, dem bekanntesten Herausforderer von Mubarak": after a definite article, adjectives before a title are kept
  const definite = DETERMINERS.has(article) && !/^ein/.test(article);
  let a = j;
  // (not "Sven Thomas, der den ehemaligen Chef …": a relative pronoun and an article are no adjectives)
  while (definite && tokens[a]?.word && ADJECTIVE.test(tokens[a]!.text) && !infoOf(lex, tokens[a]!).stopword && !lex.verbs.has(tokens[a]!.text) && a < j + 2) a++;
  // ("Broome, der vierfache Gewinner der Rundfahrt": with `broad` a person noun too)
  if (a > j && titleAt(lex, tokens[a], broad)) while (j < a) mods.push(tokens[j++]!.text);
  // "X, ein reicher Geschäftsmann," -> an indefinite person noun after a known name (adjective dropped)
  const indefinite = broad && /^ein(e|em|en|er)?$/.test(article);
  while (indefinite && tokens[j]?.word && ADJECTIVE.test(tokens[j]!.text) && !lex.verbs.has(tokens[j]!.text)) j++;
  const t = tokens[j];
  const word = t && t.sentence === tokens[nameEnd]!.sentence ? titleAt(lex, t, broad) : undefined;
  // "X, ein Berliner Unternehmer": the attribute is no role (and the phrase is left alone)
  if (!word || (broad && !roleAt(lex, t) && titleAt(lex, tokens[j + 1], true))) return undefined;
  const found = complementAfter(tokens, j, lex);
  let { complement, last } = found;
  // "Präsident der österreichischen Mars Society", "Chef der Weltraumbehörde CNSA": the name of the body
  while (complement && last < found.last + 2 && orgNameWord(tokens[last + 1], lex)) complement += ` ${tokens[++last]!.text}`;
  if (!complement && nameFollows(tokens, last, lex)) return undefined;
  if (mustClose && !closesApposition(tokens, last)) return undefined;
  return build(word, mods, complement, nameEnd + 2, last, articleGender(tokens[nameEnd + 2]?.text, word, t!.text));
}
