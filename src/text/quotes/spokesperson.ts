/**
 * Spokesperson titles ("der Polizeisprecher", "die Sprecherin") that people/ tied to a person the text
 * never calls that next to the name: a spokesperson speaks for somebody else, so in a quote the bare
 * title does not stand for the person named before ("Max Weber wurde festgenommen. Der Polizeisprecher
 * sagte: „…“" is not Max Weber's), and the title is not the person's for describing a speaker. A title
 * the text gives the name keeps counting ("Polizeisprecher Max Weber trat auf. Der Polizeisprecher
 * sagte: „…“").
 */
import { roleWord, type Token } from '../lexicon/index.ts';

/** The head every spokesperson title shares: "Sprecher", "Regierungssprecherin", "Polizeisprecher". */
const SPOKESPERSON = 'sprecher';
/** Tokens a title may stand before a name ("Polizeisprecher Max Weber") or after the apposition's opening comma ("Max Weber, Sprecher"). */
const BEFORE_NAME = 3;
const AFTER_NAME = 6;
// "Der", "die", "eine" -> articles opening a title mention
const ARTICLE = /^(der|die|den|dem|des|ein|eine|einen|einem|eines)$/i;

/** Whether the word is a spokesperson title: "Sprecher", "Polizeisprecherin". */
export function isSpokesperson(word: string): boolean {
  return roleWord(word)?.head === SPOKESPERSON;
}

/**
 * Whether the mention over tokens `first..last` is a bare spokesperson title: articles and adjectives
 * aside, no name ("der Polizeisprecher", not "Sprecher Max Weber").
 * @example bareSpokesperson(tokens, indexOf("Der"), indexOf("Polizeisprecher")) // true
 */
export function bareSpokesperson(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.word);
  return words.some((t) => isSpokesperson(t.text)) && !words.some((t) => /^\p{Lu}/u.test(t.text) && !roleWord(t.text) && !ARTICLE.test(t.text));
}

/**
 * Whether the text calls the person a spokesperson next to one of their names: `mentions` are the
 * first tokens of the person's mentions other than pronouns (one opening with an article is a title
 * itself, "der Sprecher", and does not count). Next to the name means in the title phrase before it
 * ("Polizeisprecher Max Weber", "Sprecher der Polizei Max Weber") or in an apposition or predicate after
 * it ("Max Weber, Sprecher der Polizei", "Max Weber (Sprecherin)", "Max Weber ist Sprecher"), not
 * anywhere near it: "Der Sprecher lobte Max
 * Weber" and "Max Weber traf den Sprecher" do not make Weber a spokesperson.
 * @example spokespersonByName(tokens, [indexOf("Polizeisprecher")]) // true for "Polizeisprecher Max Weber trat auf."
 * @example spokespersonByName(tokens, [0]) // false for "Max Weber wurde festgenommen. Der Polizeisprecher …"
 */
export function spokespersonByName(tokens: readonly Token[], mentions: readonly number[]): boolean {
  return mentions.filter((n) => !ARTICLE.test(tokens[n]?.text ?? '')).some((n) => titledBefore(tokens, n) || titledAfter(tokens, n));
}

// "der", "des", "die" -> articles inside a title phrase ("Sprecher der Polizei Max Weber"); "ist", "war" -> a
// copula, the name the title's predicate ("Der Sprecher ist Max Weber")
const BETWEEN = /^(der|des|die|dem|den|ist|war|wird|wurde|bleibt|blieb)$/i;

/**
 * A spokesperson title in the BEFORE_NAME tokens before the name at `n`, with only capitalised words,
 * articles and a copula between them: "Polizeisprecher Max Weber", "Sprecher der Polizei Max Weber",
 * "Der Sprecher ist Max Weber"; not "Der Sprecher lobte Max Weber" (another verb between) or "Der
 * Sprecher, Max Weber und …" (punctuation).
 */
function titledBefore(tokens: readonly Token[], n: number): boolean {
  let copula = false;
  for (let k = n - 1; k >= Math.max(0, n - BEFORE_NAME); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[n]!.sentence || !t.word) return false;
    // (with a copula between, the name is the predicate only when it ends the clause: "Der Sprecher ist
    // Max Weber." yes, "Der Sprecher war Max Weber nicht bekannt." no, a dative)
    if (isSpokesperson(t.text)) return !copula || endsClause(tokens, n);
    if (!/^\p{Lu}/u.test(t.text) && !BETWEEN.test(t.text)) return false;
    if (COPULA.test(t.text)) copula = true;
  }
  return false;
}

// "ist", "war", "wurde" -> a copula
const COPULA = /^(ist|war|wird|wurde|bleibt|blieb)$/i;

/** Whether the name opening at token `n` (with its further capitalised words) ends its clause: a punctuation mark or the sentence's end follows. */
function endsClause(tokens: readonly Token[], n: number): boolean {
  let k = n + 1;
  while (tokens[k]?.word && tokens[k]!.sentence === tokens[n]!.sentence && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return !tokens[k] || tokens[k]!.sentence !== tokens[n]!.sentence || !tokens[k]!.word;
}

// ",", "(", "–" -> what opens an apposition after a name ("Max Weber, Sprecher …", "Max Weber (Sprecher)");
// "ist", "war", "wurde", "bleibt" -> a copula: the title is the name's predicate ("Max Weber ist seit 2010 Sprecher")
const APPOSITION = /^([,(–-]|ist|war|wird|wurde|bleibt|blieb)$/;
// "und", "oder", "sowie" -> a coordination: what follows is another person's
const COORDINATION = /^(und|oder|sowie)$/i;

/**
 * A spokesperson title in an apposition or predicate right after the name at `n`: the name's further
 * capitalised words, then a comma, bracket, dash or a copula ("ist", "war"), then the title within the
 * AFTER_NAME tokens before the next comma, bracket, coordination or sentence end. "Max Weber, Sprecher
 * der Polizei", "Max Weber, der langjährige Sprecher" and "Max Weber ist seit 2010 Sprecher" yes; "Max
 * Weber traf den Sprecher" and "Max Weber, Anna Roth und der Sprecher" no.
 */
function titledAfter(tokens: readonly Token[], n: number): boolean {
  let k = n + 1;
  while (tokens[k]?.word && tokens[k]!.sentence === tokens[n]!.sentence && /^\p{Lu}/u.test(tokens[k]!.text) && !isSpokesperson(tokens[k]!.text)) k++;
  if (!APPOSITION.test(tokens[k]?.text ?? '')) return false;
  for (let j = k + 1; j <= k + AFTER_NAME; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== tokens[n]!.sentence || (!t.word && t.text !== '-') || COORDINATION.test(t.text)) return false;
    if (isSpokesperson(t.text)) return true;
    // "Max Weber, der den Sprecher kritisierte" (a second article: a relative clause), "ist kein Sprecher",
    // "wurde vom Sprecher kritisiert": the title is not the name's
    if (NOT_OWN.test(t.text) || (j > k + 1 && ARTICLE.test(t.text))) return false;
  }
  return false;
}

// "kein", "nie", "vom", "gegen" -> a negation or a preposition before the title: "ist kein Sprecher", "wurde vom Sprecher kritisiert"
const NOT_OWN = /^(kein|keine|keinen|keinem|keiner|nie|niemals|nicht|vom|von|gegen|mit|für|bei|über|ohne|zum|beim)$/i;
