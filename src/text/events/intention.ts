/**
 * An intention, plan or possibility told by the main clause of a lead ("Volkswagen will in Indien
 * ein neues Werk bauen", "Die Regierung plant eine Reform", "Die Krone könnte für Spannungen
 * sorgen", "Die Firma wird 500 Stellen streichen"): by the desk's convention such a lead tells what
 * is planned, not what happened that day (issue #18: "shown as planned for that time, never as having
 * happened then").
 */
import { verbForms, verbs } from '../lexicon/index.ts';
import { clausesOf, relativeClause, subordinateAt } from './clauses.ts';
import { insideQuote } from './present.ts';

// "will", "wollen", "plant", "beabsichtigt", "möchte", "könnte", "wird" -> a finite verb that may tell
// an intention, a plan, a possibility or a future (lower case only: "Plant" opening a sentence is
// rare, "Wird" opens a question)
const INTENTION = /(?<![\p{L}-])(?:will|wollen|wolle|plant|planen|beabsichtigt|beabsichtigen|möchte|möchten|könnte|könnten|wird|werden)(?![\p{L}-])/gu;
// " gesehen haben.", " gewesen sein," -> a perfect infinitive ending a clause: a claim or guess about
// the past ("will den Täter gesehen haben", "könnte … gewesen sein"), no plan
const PERFECT_INFINITIVE = /\s\p{Ll}+\s+(?:haben|sein)(?=\s*(?:[,;.!?“"«»]|$))/u;
// "bauen." "verkauft werden," -> a lower-case word right before a clause mark or the sentence end
const CLAUSE_FINAL = /(?<![\p{L}-])(\p{Ll}+)(?=\s*(?:[,;.!?“"«»)]|$))/u;
// "stammende", "hält" -> the lower-case words of a clause, each with the two words after it (looked at,
// not taken: "verzierte", "aztekische", "Krone" of "verzierte aztekische Krone")
const LOWER_WORDS = /(?<![\p{L}-])(\p{Ll}+)(?![\p{L}-])(?=(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?)/gu;
// "verzierte", "verletzten", "neue" -> an adjective ending (after a participle's stem, "verziert")
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;
// "den", "einen", "seinen", "diese", "einige" -> an article, pronoun or quantifier: no finite verb even
// where the tables know the form ("für einen Passagier"), and after a finite verb it opens its object
// ("erklärte seinen Rücktritt"), no adjective of an attribute
const DETERMINER = /^(?:d(?:er|ie|as|en|em|es)|(?:k?ein|dies|jen|jed|sein|ihr|unser|mein|dein|euer|welch|solch|manch|einig|mehrer|all|beid|ander)(?:e|en|er|es|em)?)$/u;

/**
 * Whether the main clause of a lead tells an intention, plan or possibility: "will", "plant",
 * "beabsichtigt", "möchte", "könnte" (not before a perfect infinitive: "will ihn gesehen haben" is a
 * claim), or "wird"/"werden" of a future (an infinitive ends its clause: "wird … Stellen streichen",
 * "wird … gebaut werden"; not a present passive, "wird … vermisst"). The word must be the finite verb
 * of the sentence's first main clause (after a subject with a relative clause, "Der Minister, der …,
 * will …", or an opening subordinate clause, "Nachdem …, will …"), outside a quote; a second main
 * clause beside the news, after a comma ("Die Bank hält am Plan fest, allerdings will man …") or
 * "und" ("nahm den Mann fest und will ihn morgen vernehmen"), does not make it planned.
 * @example leadIntention("Volkswagen will in Pune, im Bundesstaat Maharashtra, ein neues Werk bauen.") // true
 * @example leadIntention("Die Bank hält am Plan fest, allerdings will man auf Kündigungen verzichten.") // false
 * @example leadIntention("Die Polizei nahm den Mann am Flughafen fest und will ihn morgen vernehmen.") // false
 * @example leadIntention("In Sibirien wird ein Hubschrauber vermisst.") // false
 */
export function leadIntention(sentence: string): boolean {
  for (const m of sentence.matchAll(INTENTION)) {
    if (!firstMainClause(sentence, m.index) || insideQuote(sentence, m.index)) continue;
    const rest = sentence.slice(m.index + m[0].length);
    if (m[0] === 'wird' || m[0] === 'werden') {
      if (futureInfinitive(rest)) return true;
    } else if (!PERFECT_INFINITIVE.test(rest)) return true;
  }
  return false;
}

/**
 * Whether the offset lies in the sentence's first main clause and is its finite verb: not in a
 * subordinate or relative clause, every clause before its own is subordinate, relative or has no
 * finite verb (a subject with its relative clause, "Der Minister, der …, will …"; an opening
 * subordinate clause, "Nachdem …, will …"; attributes or an apposition, "Eine aus dem 16. Jahrhundert
 * stammende, mit Federn verzierte Krone könnte …"), and its own clause has no finite verb before it.
 * A main clause of its own before it rules it out, after a comma ("Die Bank hält am Plan fest,
 * allerdings will man …") or joined by "und" ("Die Polizei nahm den Mann fest und will ihn morgen
 * vernehmen": "nahm" is the finite verb of the first main clause).
 */
function firstMainClause(sentence: string, at: number): boolean {
  if (subordinateAt(sentence, at)) return false;
  const clauses = clausesOf(sentence);
  const own = clauses.findLast((c) => c.start <= at)!;
  if (hasFiniteVerb(sentence.slice(own.start, at))) return false;
  return clauses.filter((c) => c.end <= at).every((c) => subordinateAt(sentence, c.start) || relativeClause(sentence, c) || !hasFiniteVerb(sentence.slice(c.start, c.end)));
}

/**
 * Whether a piece of a clause holds a finite verb: a lower-case word the conjugation tables know as
 * finite, unless it is an article, pronoun or quantifier ("einen", "meinen", "einige": also forms of
 * "einen", "meinen", "einigen") or a participle with an adjective ending before a noun, perhaps after
 * one more adjective ("mit Gold verzierte Truhe", "mit Federn verzierte aztekische Krone", though
 * "verzierte" is also a past tense; "erklärte seinen Rücktritt" and "verhaftete den Mann" stay finite
 * verbs).
 */
function hasFiniteVerb(text: string): boolean {
  const { finite } = verbForms();
  for (const [, word, next, after] of text.matchAll(LOWER_WORDS)) if (finite.has(word!) && !DETERMINER.test(word!) && !attribute(word!, next, after)) return true;
  return false;
}

/** Whether a participle with an adjective ending stands before a noun (`next`, or `after` an adjective `next`). */
function attribute(word: string, next: string | undefined, after: string | undefined): boolean {
  if (!ADJECTIVE_ENDING.test(word) || !verbForms().participles.has(word.replace(ADJECTIVE_ENDING, ''))) return false;
  if (next === undefined) return false;
  if (/^\p{Lu}/u.test(next)) return true;
  return ADJECTIVE_ENDING.test(next) && !DETERMINER.test(next) && after !== undefined && /^\p{Lu}/u.test(after);
}

/**
 * Whether what follows "wird"/"werden" is a future: the first lower-case word that ends a clause (names
 * of an apposition passed over: "wird in Pune, im Bundesstaat Maharashtra, ein Werk bauen") is an
 * infinitive that is no past participle ("streichen"), or "werden" after a participle (a future
 * passive, "gebaut werden"); a participle ("vermisst") is a present passive, another word ("Kritik
 * wird … laut, …") a copula.
 */
function futureInfinitive(rest: string): boolean {
  const word = CLAUSE_FINAL.exec(rest)?.[1];
  if (!word) return false;
  return word === 'werden' || (Object.hasOwn(verbs(), word) && !verbForms().participles.has(word));
}
