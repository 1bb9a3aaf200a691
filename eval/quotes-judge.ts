/**
 * How eval/quotes.ts judges a prediction against a located gold quote:
 *
 * - A prediction matches a gold quote when their spans overlap by at least half of the shorter one.
 * - A predicted speaker is right when the gold span (or, for a pronoun, its resolution) contains the
 *   predicted full name or its last word (as a whole word, genitive -s allowed), compared by personKey.
 * - Precision: predictions with a speaker; one matching no gold quote, or a gold quote whose speaker
 *   is `other`, counts as wrong (strict). Lenient precision leaves `other` out.
 * - Recall: gold quotes whose speaker is a person (named or resolved pronoun), found by a prediction
 *   of the same type (`sameType`): a direct gold quote only by a direct prediction, an indirect one only
 *   by an indirect prediction. (Before the quotes6 round any overlapping prediction counted: a direct
 *   gold quote inside "X sagte, dass … „…“" was found by the system's indirect quote around it, and an
 *   indirect gold clause by a marked fragment in it.) Precision still judges a prediction against
 *   every overlapping gold quote: the gold files a marked fragment inside reported speech ("Er nannte
 *   die Lage „ernst“") under the clause's Indirect, so a direct prediction of the fragment with the
 *   clause's speaker is a right attribution.
 * - Organisations and descriptions: a prediction with no person but a `source` ("ein Sprecher des
 *   Auswärtigen Amts", "Die Friedrich-Ebert-Stiftung") is judged too. It is right when an overlapping
 *   gold quote's speaker is not a person (`other` or `title`) and shares a capitalised word of four
 *   letters or more with the source (lower case, genitive -s dropped: "Amts" = "Amt"); wrong when the
 *   gold speaker is a person (named, or a resolved pronoun) or another organisation; not judged when no
 *   speaker is annotated. Right ones count as correct in precision (strict and lenient); recall stays
 *   the share of gold quotes with a *person* speaker given that person. The `source` rows report
 *   organisation/description speakers on their own (gold = quotes whose gold speaker is `other` or
 *   `title` and which a source could name: a capitalised word in the span).
 */
import { roleWord } from '../src/text/lexicon/index.ts';
import { personKey, type ArticlePeople } from '../src/text/people/index.ts';

/** The gold types scored: "Direct" -> direct; "Indirect" and "IndirectFreeIndirect" -> indirect; the rest not scored. */
export function typeGroup(type: string): 'direct' | 'indirect' | 'other' {
  return type === 'Direct' ? 'direct' : type === 'Indirect' || type === 'IndirectFreeIndirect' ? 'indirect' : 'other';
}

/** Whether a prediction may find a gold quote in recall: the same type group ("Direct" only for a direct prediction). */
export function sameType(q: { type: 'direct' | 'indirect' }, g: { type: string }): boolean {
  return q.type === typeGroup(g.type);
}

/** A title span is right when the predicted person holds a title with the same head in the article. */
export function titleOk(predicted: string, span: string, people: ArticlePeople): boolean {
  const head = roleWord(span.trim().split(/\s+/).pop() ?? '')?.head;
  const person = people.people.find((p) => p.name === predicted);
  return !!head && !!person?.roles.some((r) => r.split(' ').some((w) => roleWord(w)?.head === head));
}

/** Whether the gold span (or a pronoun's resolution) names the predicted person: full name or last word, genitive -s allowed. */
export function speakerOk(predicted: string, span: string): boolean {
  const hay = ` ${personKey(span.replace(/[^\p{L}\d'’-]+/gu, ' '))} `;
  const name = personKey(predicted);
  const last = name.split(' ').pop()!;
  return hay.includes(` ${name} `) || hay.includes(` ${name}s `) || hay.includes(` ${last} `) || hay.includes(` ${last}s `);
}

/** Whether two spans overlap by at least half of the shorter one. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

/** Capitalised words of four letters or more, lower case, genitive -s dropped. */
export function sourceWords(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{Lu}[\p{L}-]{3,}/gu)].map((m) => m[0].toLowerCase().replace(/(?<=[^s])s$/, '')));
}
/** Whether a predicted source shares a capitalised word (four letters or more) with the gold span. */
export function sourceOk(source: string, span: string): boolean {
  const gold = sourceWords(span);
  return [...sourceWords(source)].some((w) => gold.has(w));
}
