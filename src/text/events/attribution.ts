/**
 * Who said it, when that is not the news: a timeline entry ends before a trailing attribution
 * ("Die Gespräche sollen im März fortgesetzt werden, sagte Blinken am Donnerstag." -> "Die
 * Gespräche sollen im März fortgesetzt werden"). The attribution stays when the statement is
 * the news: the rest is a direct quote, reported speech in the subjunctive ("Man sei zu
 * Gesprächen bereit, sagte Kim"), has no finite verb, or the saying is the main clause
 * ("Kim erklärte am Montag den Krieg für beendet" has no trailing attribution at all).
 * A leading attribution ("Nach Angaben des Ministeriums wurden …") stays: an entry is one
 * stretch of the article, and without it the clause would start with its verb.
 */
import { verbForms } from '../lexicon/index.ts';

// ", sagte Blinken am Donnerstag", ", erklärte der Sprecher", ", teilte das Ministerium mit",
// ", berichtete Yonhap", ", hieß es in Seoul" -> a verb of saying opening the last clause
const SAID =
  /^(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont|teilte|teilten|teilt|berichtete|berichteten|berichtet|meldete|meldeten|meldet|schrieb|schrieben|bestätigte|bestätigten|ergänzte|ergänzten|fügte|fügten|verlautete|hieß\s+es|heißt\s+es)(?![\p{L}-])/u;
// ", so Blinken", ", so der Sprecher" -> "so" before a name or an article (not "so dass", "so viele")
const SO = /^so\s+(?:\p{Lu}|(?:der|die|das|ein|eine)\s)/u;
// ", wie das Ministerium mitteilte", ", wie der Verband am Montag bekannt gab" -> "wie" … a verb of saying at the end
const AS_SAID = /^wie\s.*\s(?:mitteilte|mitteilten|berichtete|berichteten|sagte|sagten|erklärte|erklärten|meldete|meldeten|bekanntgab|bekannt\s+gab|bekannt\s+gaben|bestätigte|verlautete)$/u;
// ", nach Angaben der Polizei", ", laut Yonhap", ", Diplomaten zufolge" -> a source phrase as the last clause
const SOURCE = /^(?:nach\s+(?:Angaben|Informationen|Berichten)\s|laut\s|.*\szufolge$)/u;
// "und", "dass", "weil" … -> a further clause inside the tail: it says more than who said it
const MORE = /(?<![\p{L}-])(?:und|oder|dass|daß|weil|als|ob|nachdem|damit|wenn|obwohl|aber|doch|denn|sondern)(?![\p{L}-])/iu;
// „ “ ” » « " -> a quote mark: the quote is the content
const QUOTE = /[„“”»«"‚‘’]/u;
// "Gespräche", "fortgesetzt" -> words, lower-cased for the verb lists
const WORD = /\p{L}+/gu;

/** An attribution longer than this many words is taken to say more than who said it. */
const MAX_WORDS = 14;

/** Whether a clause tail (after its comma) only says who said it or where it is from. */
function isAttribution(tail: string): boolean {
  const words = tail.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS || QUOTE.test(tail)) return false;
  const opening = SAID.test(tail) || SO.test(tail) || SOURCE.test(tail);
  const asSaid = AS_SAID.test(tail);
  if (!opening && !asSaid) return false;
  // ("wie" opens the "wie … mitteilte" tail; any other joining word adds a clause)
  return !MORE.test(asSaid ? tail.slice(3) : tail);
}

/**
 * Whether the rest of an entry can stand without its attribution: not a direct quote, a finite
 * verb, at least three words, and not reported speech ("sei", "habe", "werde" …), whose claim is
 * only news together with who makes it.
 */
function standsAlone(rest: string): boolean {
  if (QUOTE.test(rest)) return false;
  const words = rest.match(WORD) ?? [];
  if (words.length < 3) return false;
  const { finite, subjunctive } = verbForms();
  // (a verb in the subjunctive is written in lower case: "Preise" is a noun, not "preise")
  return words.some((w) => finite.has(w.toLowerCase())) && !words.some((w) => /^\p{Ll}/u.test(w) && subjunctive.has(w));
}

/**
 * Where a text ends without its trailing attribution, when that is not the news: the offset
 * of the comma that opens ", sagte X am Donnerstag", ", wie X mitteilte", ", so X",
 * ", X zufolge", ", nach Angaben von X" at its end; the text's length when there is none or
 * it stays (see the module comment). It also stays when the entry's date (at offset `at`)
 * lies inside it: that date is when it was said, so the saying is what the entry reports
 * ("Die Fähre sank am 3. Mai, wie die Küstenwache am Dienstag mitteilte" under Tuesday).
 * @example endWithoutAttribution("Die Gespräche sollen im März fortgesetzt werden, sagte Blinken.", 30) // 47
 * @example endWithoutAttribution("Man sei zu Gesprächen bereit, sagte Kim.", 0) // 40 (reported speech: kept)
 */
export function endWithoutAttribution(text: string, at = 0): number {
  const body = text.replace(/[\s.!?]+$/u, '');
  for (const comma of body.matchAll(/,\s+/gu)) {
    if (!isAttribution(body.slice(comma.index + comma[0].length))) continue;
    const rest = body.slice(0, comma.index);
    return at < comma.index && standsAlone(rest) ? rest.trimEnd().length : text.length;
  }
  return text.length;
}

/**
 * A span of a sentence (as `clauseSpan` gives it) ending before a trailing attribution that is
 * not the news; `at` is the offset of the entry's date in the sentence.
 * @example withoutAttribution("Am Montag gab es 20 Verletzte, sagte er.", { start: 0, end: 40 }, 3) // { start: 0, end: 29 }
 */
export function withoutAttribution(sentence: string, span: { start: number; end: number }, at: number): { start: number; end: number } {
  return { start: span.start, end: span.start + endWithoutAttribution(sentence.slice(span.start, span.end), at - span.start) };
}
