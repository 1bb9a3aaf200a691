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
/** Tokens a title may stand before a name ("Polizeisprecher Max Weber") or after its first token ("Max Weber, Sprecher"). */
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
 * itself, "der Sprecher", and does not count).
 * @example spokespersonByName(tokens, [indexOf("Polizeisprecher")]) // true for "Polizeisprecher Max Weber trat auf."
 * @example spokespersonByName(tokens, [0]) // false for "Max Weber wurde festgenommen. Der Polizeisprecher …"
 */
export function spokespersonByName(tokens: readonly Token[], mentions: readonly number[]): boolean {
  return mentions.filter((n) => !ARTICLE.test(tokens[n]?.text ?? '')).some((n) => tokens.slice(Math.max(0, n - BEFORE_NAME), n + AFTER_NAME).some((t) => t.word && isSpokesperson(t.text)));
}
