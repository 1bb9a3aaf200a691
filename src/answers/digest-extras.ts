/**
 * What the daily digest takes from the extracted facts: dated events on this calendar day in
 * earlier years, the people most named in the new articles, and a quote of the day.
 */
import type { DigestInput } from '../digest/content.ts';
import type { KnowledgeView } from '../knowledge/view.ts';

/** Shortest and longest quote worth quoting in the morning. */
const QUOTE_LENGTH = { min: 40, max: 300 } as const;

/**
 * Digest extras for the new articles of a day.
 * @example digestExtras(knowledge, ["a1", "a2"], "2026-07-27").onThisDay // [{ date: "1953-07-27", text: "…", articleId: "a0" }]
 */
export function digestExtras(knowledge: KnowledgeView, newIds: string[], day: string): Pick<DigestInput, 'onThisDay' | 'peopleCounts' | 'quoteOfDay'> {
  const monthDay = day.slice(4);
  const onThisDay = knowledge
    .timeline()
    .filter((event) => event.date.precision === 'day' && event.date.value.slice(4) === monthDay && event.date.value < day)
    .map((event) => ({ date: event.date.value, text: event.text, articleId: event.articleIds[0]! }));
  const counts = new Map<string, number>();
  let quote: DigestInput['quoteOfDay'];
  for (const id of newIds) {
    const facts = knowledge.factsOf(id);
    // through the merged profiles, so "Kim Jong Un" and "Kim Jong-un" count as one person
    for (const profile of knowledge.directory().byArticle.get(id) ?? []) counts.set(profile.name, (counts.get(profile.name) ?? 0) + 1);
    for (const q of facts?.quotes ?? []) {
      const fits = q.type === 'direct' && q.speaker && q.text.length >= QUOTE_LENGTH.min && q.text.length <= QUOTE_LENGTH.max;
      if (fits && (!quote || q.text.length > quote.text.length)) quote = { text: q.text, speaker: q.speaker!, articleId: id };
    }
  }
  const extras: Pick<DigestInput, 'onThisDay' | 'peopleCounts' | 'quoteOfDay'> = { onThisDay, peopleCounts: [...counts].map(([name, count]) => ({ name, count })) };
  if (quote) extras.quoteOfDay = quote;
  return extras;
}
