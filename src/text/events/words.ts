/**
 * Words that say what an event is about, for telling whether two articles report the same
 * event ("Gipfel", "gescheitert", "Hanoi"), and trimming a sentence to the clause around a date.
 */
import { MONTHS, WEEKDAYS } from '../dates/index.ts';

const STOPWORDS = new Set(
  (
    'aber alle allem allen aller alles als also am an auch auf aus bei beim bereits bis bisher da dabei ' +
    'damit dann darauf darin das dass davon dem den denen der deren des dessen die dies diese diesem ' +
    'diesen dieser dieses doch dort durch ein eine einem einen einer eines einige er erst es etwa für ' +
    'gegen hat hatte hatten haben habe hier ihm ihn ihr ihre ihrem ihren ihrer im in ins ist jedoch ' +
    'jetzt kann kein keine können könne man mehr mit muss nach nicht noch nun nur ob oder ohne schon ' +
    'sei seien sein seine seinem seinen seiner seit sich sie sind so soll sollen sollte sowie über um ' +
    'und uns unter vom von vor war waren was weil weiter wenn wer werde werden wie wieder will wird ' +
    'wo wurde wurden zu zum zur zwischen zuvor zuletzt heute gestern morgen jahr jahre jahren jahres ' +
    'monat monate monaten woche wochen tag tage tagen ende anfang mitte beginn sagte sagt hieß heißt ' +
    'zufolge laut eines ersten zweiten dritten neue neuen neuer neues beiden beide dazu daher denn ' +
    'wegen während sowohl erneut bislang damals derzeit zudem zugleich außerdem gleichzeitig'
  ).split(' '),
);

// "gescheitert", "getroffen" -> a participle
const PARTICIPLE = /^ge\p{L}{4,}(t|en)$/u;
// "gipfel", "nord-süd" -> words (match() starts from the beginning each time)
const WORDS = /\p{L}[\p{L}-]*/gu;

/**
 * Reduce a lower-case word to a rough stem: "gipfels" -> "gipfel", "gesprächen" -> "gespräch",
 * and participles to their verb: "gescheitert" and "Scheitern" -> "scheiter".
 */
function stem(word: string): string {
  const verb = PARTICIPLE.test(word) ? word.slice(2).replace(/t$/u, '') : word;
  const stripped = verb.replace(/(en|er|es|em|e|n|s)$/u, '');
  return stripped.length >= 4 ? stripped : verb;
}

/**
 * The content words of a text as rough stems, without stopwords, numbers or date words.
 * @example contentWords("Der Gipfel in Hanoi scheiterte Ende Februar.") // ["gipfel", "hanoi", "scheitert"]
 */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(WORDS) ?? [];
  const kept = words.filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !MONTHS.has(w) && !WEEKDAYS.has(w));
  return [...new Set(kept.map(stem))];
}

/**
 * Whether two stems name the same thing: equal, or one starts the other ("gipfel" / "gipfeltreff").
 * @example sameWord("gipfel", "gipfeltreff") // true; sameWord("hanoi", "hanoier") // true; sameWord("kim", "kims") // false
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/**
 * The part of a sentence that carries a date, at most `max` characters: the whole sentence if
 * short enough, else the clause around the date, widened by neighbouring clauses while it fits.
 * Returns offsets relative to the sentence.
 * @example trimAround("Lang, lang, der Gipfel scheiterte Ende Februar, sagte er.", 20, 30) // { start: 12, end: 46 }
 */
export function trimAround(sentence: string, at: number, max = 200): { start: number; end: number } {
  if (sentence.length <= max) return { start: 0, end: sentence.length };
  const cuts = [0];
  for (const m of sentence.matchAll(/[,;:]\s+|\s+[–—]\s+/gu)) cuts.push(m.index + m[0].length);
  cuts.push(sentence.length + 2);
  let i = cuts.findIndex((c, k) => c <= at && at < cuts[k + 1]!);
  if (i < 0) i = 0;
  let from = i;
  let to = i + 1;
  const span = (a: number, b: number) => Math.min(cuts[b]!, sentence.length) - cuts[a]!;
  while (true) {
    if (to < cuts.length - 1 && span(from, to + 1) <= max) to++;
    else if (from > 0 && span(from - 1, to) <= max) from--;
    else break;
  }
  let start = cuts[from]!;
  let end = Math.min(cuts[to]!, sentence.length);
  while (end > start && /[\s,;:–—]/u.test(sentence[end - 1]!)) end--;
  if (end - start > max) {
    // one long clause: a window of whole words around the date
    start = Math.max(start, Math.min(at - Math.floor(max / 3), end - max));
    if (start > 0 && sentence[start - 1] !== ' ') start = sentence.indexOf(' ', start) + 1;
    end = start + sentence.slice(start, start + max).lastIndexOf(' ');
  }
  return { start, end };
}
