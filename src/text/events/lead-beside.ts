/**
 * A lead whose own main clause names no date, beside dates of subordinate clauses or dates that
 * qualify a noun ("Drei Manager standen vor Gericht, nachdem im September 2004 …
 * verübt wurden", "Die am Donnerstag verschwundene Frau ist ermordet worden", "In einem gestern
 * veröffentlichten Bericht fordert Annan …"): its news is the article's day, as in a lead without
 * any date, and the other dates are events of their own (the gold conventions of blind4 and blind6).
 */
import { articlePrepositionBefore, attributiveDate } from '../dates/index.ts';
import { type Sentence, verbForms } from '../lexicon/index.ts';
import { relativeClause, subordinateClauseAt } from './clauses.ts';

// "heimsuchte" in "…, der am Sonntag den Norden heimsuchte" -> the clause's last word
const LAST_WORD = /([\p{L}-]+)[^\p{L}]*$/u;
// "diesjährigen", "vorjährige" -> a date that is itself the adjective of a noun ("der diesjährige Friedensnobelpreis")
const YEAR_ADJECTIVE = /jährige[nmrs]?$/u;
// "Wie die Polizei am Montag mitteilte" -> an attribution: its date is when the news was told, which dates the lead
const ATTRIBUTION_OPENS = /^\s*wie(?![\p{L}-])/iu;
// "Seit ", "bis zum ", "Während der " -> a word that is a preposition as well as a conjunction, right
// before the date (with at most an article): here a preposition
const PREPOSITION_OPENS = /^\s*(?:seit|bis|während|als|um|ohne)\s+(?:(?:dem|den|der|zum|zur)\s+)?$/iu;
// " verschwundene Frau", " veröffentlichten Bericht" -> an inflected past participle (or adjective
// in -te/-ene) right before its noun, within the date's noun phrase (no clause mark between)
const PARTICIPLE_NOUN = /^[^,;:.]{0,60}?\s\p{Ll}+(?:t|en)e[nmrs]?\s+\p{Lu}/u;

/**
 * Whether every date of a lead sentence lies outside its main clause: in a subordinate clause
 * opened by a conjunction that ends in its finite verb ("…, nachdem … verübt wurden"; "Seit Mittwoch
 * ist er …" and "Als Zeichen … gingen … aus" open with a preposition, not a conjunction), or an adjective of a noun
 * itself ("Der diesjährige Friedensnobelpreis wird … verliehen"), or in a noun phrase before the participle that qualifies its noun ("Die am Donnerstag aus einer Tankstelle verschwundene Frau"; not "In der
 * Silvesternacht 2005/06 ereignete sich"). Then the lead's news is dated the article's day too.
 * @example datesBesideNews(body, lead, [the mention "im September 2004" of "Sie standen vor Gericht, nachdem im September 2004 Geld verschwand."]) // true
 * @example datesBesideNews(body, lead, [the mention "Am Montag" of "Am Montag wurde er gewählt."]) // false
 */
export function datesBesideNews(body: string, sentence: Sentence, dates: ReadonlyArray<{ start: number; end: number }>): boolean {
  if (dates.length === 0) return false;
  // (`attributiveDate` or an article and preposition before: `qualifiesNoun` and the wider case it leaves out)
  return dates.every(
    (d) =>
      verbFinalClause(sentence.text, d.start - sentence.start) ||
      YEAR_ADJECTIVE.test(body.slice(d.start, d.end)) ||
      ((attributiveDate(body, d.start, d.end) || articlePrepositionBefore(body, d.start)) && PARTICIPLE_NOUN.test(body.slice(d.end, sentence.start + sentence.text.length))),
  );
}

/**
 * Whether the offset lies in a subordinate clause opened by a conjunction ("nachdem", "weil") that
 * ends in its finite verb. Not a relative clause ("Ein Taifun, der am Sonntag … heimsuchte, forderte
 * …": the older golds date such a lead by the relative clause only), and not a preposition that
 * looks like a conjunction right before the date ("Seit Januar 2006 wurde … verboten"), nor an
 * attribution ("Wie die NATO am Montag mitteilte, sind … getötet worden": Monday is the news's date).
 */
function verbFinalClause(sentence: string, at: number): boolean {
  const clause = subordinateClauseAt(sentence, at);
  if (!clause || relativeClause(sentence, clause) || PREPOSITION_OPENS.test(sentence.slice(clause.start, at)) || ATTRIBUTION_OPENS.test(sentence.slice(clause.start))) return false;
  const last = LAST_WORD.exec(sentence.slice(clause.start, clause.end))?.[1] ?? '';
  // ("aufging", "ausbrach", "stattfand": a separable verb is one word at a subordinate clause's end)
  const { finite, subordinate } = verbForms();
  return /^\p{Ll}/u.test(last) && (finite.has(last) || subordinate.has(last));
}
