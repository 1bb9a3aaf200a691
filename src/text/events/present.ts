/**
 * Words that put a statement at the time of writing ("Jetzt entsteht ein neuer Flughafen", "Der Rat hat nun beschlossen",
 * "Inzwischen sind viele Ausländer evakuiert worden"): in a news article, whose date is a day,
 * such a statement is dated the article's day. The date tagger leaves these words as vague
 * references to the present (or does not tag them), which a timeline cannot place.
 */
import type { Article } from '../../corpus/article.ts';
import { type DateMention, tenseOf } from '../dates/index.ts';
import type { Sentence } from '../lexicon/index.ts';
import { subordinateAt } from './clauses.ts';

// "nun" as "now" ("Der Stadtrat hat nun beschlossen", "Ein Sprecher sagte nun, …"): not the
// particle "nun einmal"/"nun mal"/"nun ja" ("Das ist nun einmal so"), not the interjection opening
// a sentence ("Nun, …"), not the particle of a question ("Ob der Junge nun bleibt, ist unklar")
const NUN = String.raw`(?<!(?:^|[^\p{L}])(?:ob|wer|was|wie|wo)\s(?:[\p{L}-]+\s){0,4})(?:(?<=.)nun|^nun(?!\s*,))(?!\s+(?:einmal|mal|ja)(?![\p{L}-]))`;

// "derzeit", "im Moment", "neuerdings" -> the words for now besides "jetzt" and "nun" (one list for PRESENT_WORD and NOW_OPENS)
const OTHER_NOW = 'derzeit|zurzeit|momentan|gegenwärtig|im Moment|inzwischen|mittlerweile|nunmehr|neuerdings';

// "jetzt", "Derzeit", "zurzeit", "momentan", "gegenwärtig", "im Moment", "inzwischen",
// "mittlerweile", "nunmehr", "neuerdings", "nun" (see NUN) -> the time of writing; not after
// "bis"/"ab"/"von"/"seit" ("bis jetzt" is a span up to now, like "bisher"; "ab jetzt", "von nun
// an" a span from now on), not "noch jetzt"/"jetzt noch" (nowadays, like "heute noch"), not
// inside a noun phrase ("bei dem jetzt Festgenommenen") and not "jetzige"/"derzeitigen"
// (adjectives); a relative pronoun right after a comma opens a clause ("…, die jetzt ergänzt werden")
const PRESENT_WORD = new RegExp(
  String.raw`(?<![\p{L}-])(?<!(?:^|[^\p{L}])(?:bis|ab|von|seit|noch)\s)(?<!(?:^|(?<!,)\s|[^\p{L}\s])(?:der|die|das|dem|den|des)\s)(?:jetzt(?!\s+noch(?![\p{L}-]))|${OTHER_NOW}|${NUN})(?![\p{L}-])`,
  'giu',
);

// "Jetzt", "nunmehr", "im Moment" -> a quick test that a sentence has a word for now at all (every
// PRESENT_WORD match is one of these, in the same case-insensitive reading, ending a word), before
// PRESENT_WORD's lookbehinds are tried at every position of it; "Meinung", "Jetztzeit" -> no
const MAY_BE_PRESENT = new RegExp(`(?:jetzt|nun|${OTHER_NOW})(?![\\p{L}-])`, 'iu');

// „ » -> a German opening quote mark; “ « its closing one
const OPENING = /[„»]/gu;
const CLOSING = /[“«]/gu;

/**
 * Whether an offset lies inside a direct quote of its paragraph: more German quote marks opened
 * than closed before it ("„Jetzt ist der Aufsichtsrat gefordert“": the speaker's now, said at a
 * time the article may not give).
 * @example insideQuote("Er sagte: „Jetzt handeln wir.“", 11) // true
 */
export function insideQuote(body: string, offset: number): boolean {
  const before = body.slice(body.lastIndexOf('\n', offset) + 1, offset);
  return (before.match(OPENING)?.length ?? 0) > (before.match(CLOSING)?.length ?? 0);
}

// "Unterdessen", "in der Zwischenzeit" -> meanwhile: the time of writing in a statement in the
// present or present perfect ("Unterdessen verlangen die Grünen …", "hat in der Zwischenzeit damit
// begonnen"), the time narrated in the simple past ("In der Zwischenzeit gab es …")
const MEANWHILE = /(?<![\p{L}-])(?:unterdessen|in der Zwischenzeit)(?![\p{L}-])/iu;
// "hat", "sind" -> a present perfect's auxiliary ("ist unterdessen auf Kritik gestoßen")
const PERFECT_AUX = /(?<![\p{L}-])(?:hat|haben|ist|sind)(?![\p{L}-])/u;

/** The "meanwhile" word of a sentence not told in the simple past, or undefined. */
function meanwhileAt(text: string): RegExpExecArray | undefined {
  const m = MEANWHILE.exec(text);
  if (!m) return undefined;
  const tense = tenseOf(text);
  return tense === 'present' || tense === 'future' || PERFECT_AUX.test(text) ? m : undefined;
}

/**
 * The first word of a sentence that dates it to the article's day, as a mention of that day
 * ("unterdessen", "in der Zwischenzeit" only outside the simple past: see MEANWHILE);
 * none when the article's date is not a day (a feature or an undated text) or the word is
 * inside a direct quote (questions give no events at all: see `extractEvents`). A fallback: the caller asks only when the sentence has no other date
 * ("das am Donnerstag landete und inzwischen den Flughafen gesichert hat" is Thursday's).
 * @example presentMention({ date: { value: "2006-04-13", precision: "day" }, body: "Jetzt entsteht ein Flughafen.", … }, { text: "Jetzt entsteht ein Flughafen.", start: 0, … })
 *   // { text: "Jetzt", start: 0, end: 5, value: "2006-04-13", precision: "day", kind: "date" }
 * @example presentMention(article, { text: "Bis jetzt gibt es sechs Flughäfen.", … }) // undefined
 */
export function presentMention(article: Article, sentence: Sentence): DateMention | undefined {
  if (article.date.precision !== 'day') return undefined;
  const meanwhile = meanwhileAt(sentence.text);
  const words = MAY_BE_PRESENT.test(sentence.text) ? [...sentence.text.matchAll(PRESENT_WORD)] : [];
  for (const m of [...words, ...(meanwhile ? [meanwhile] : [])]) {
    const start = sentence.start + m.index;
    if (!insideQuote(article.body, start)) return { text: m[0], start, end: start + m[0].length, value: article.date.value, precision: 'day', kind: 'date' };
  }
  return undefined;
}

// ", jetzt", "; nun", ", und inzwischen" -> a word for now that opens a main clause after a comma or semicolon
const OPENS_CLAUSE = /[,;]\s*(?:und\s+)?$/u;
// ", jetzt hat" -> a quick test that a sentence may have such a word at all, before the full reading
const NOW_OPENS = new RegExp(String.raw`[,;]\s*(?:und\s+)?(?:jetzt|nun|${OTHER_NOW})\s+\p{Ll}`, 'iu');
// " hat er" -> a lower-case word right after it: the clause's finite verb (not a list of names, "jetzt Minister Müller")
const VERB_AFTER = /^\s+\p{Ll}/u;

/**
 * The word for now of a main clause beside dates that all lie in subordinate or relative clauses
 * ("Westerwelle, der Gerhardt 2001 … verdrängt hatte, will nun auch …": 2001 is the relative
 * clause's, "nun" the main clause's), or that opens a main clause of its own after the dates
 * ("Bereits gestern hatte der Sturm Kurs genommen, jetzt hat er Stärke zwei erreicht"): an event of
 * its own on the article's day. None when a date is in the word's own main clause, or the word for
 * now is itself in a subordinate one ("das am Donnerstag landete und inzwischen den Flughafen
 * gesichert hat" is Thursday's).
 * @example presentBeside(article, { text: "Der Minister, der 2001 gewählt wurde, tritt jetzt zurück.", … }, [2001's offset]) // the mention of "jetzt"
 * @example presentBeside(article, { text: "Gestern regnete es, jetzt scheint die Sonne.", … }, [0]) // the mention of "jetzt"
 */
export function presentBeside(article: Article, sentence: Sentence, dates: readonly number[]): DateMention | undefined {
  if (dates.length === 0) return undefined;
  const allSubordinate = dates.every((date) => subordinateAt(sentence.text, date - sentence.start));
  if (!allSubordinate && !NOW_OPENS.test(sentence.text)) return undefined;
  const now = presentMention(article, sentence);
  if (!now) return undefined;
  const at = now.start - sentence.start;
  if (subordinateAt(sentence.text, at)) return undefined;
  if (allSubordinate) return now;
  const opens = OPENS_CLAUSE.test(sentence.text.slice(0, at)) && VERB_AFTER.test(sentence.text.slice(at + now.text.length));
  return opens && dates.every((date) => date < now.start) ? now : undefined;
}
