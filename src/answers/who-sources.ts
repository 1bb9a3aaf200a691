/**
 * A person's quotes and the sentences that mention them, newest articles first.
 */
import { citationOf } from '../corpus/article.ts';
import type { MergedPerson as MergedProfile } from '../text/people/index.ts';
import type { KnowledgeView } from '../knowledge/view.ts';
import type { MentionRef, QuoteRef } from './types.ts';

/**
 * Quotes attributed to the person, direct ones first, newest articles first.
 * @example personQuotes(knowledge, biegun, 5)[0].text // "Wir haben um kein Treffen …"
 */
export function personQuotes(knowledge: KnowledgeView, profile: MergedProfile, limit: number): QuoteRef[] {
  const attributed = knowledge.directory().quotes.get(profile);
  // choose by kind and date first; only the quotes shown are read from the facts
  const refs: Array<{ id: string; date: string; index: number; direct: boolean }> = [];
  for (const id of profile.articleIds) {
    const date = knowledge.articleDate(id);
    if (date !== undefined) for (const ref of attributed?.get(id) ?? []) refs.push({ id, date, ...ref });
  }
  const order = (ref: { direct: boolean }) => (ref.direct ? 0 : 1);
  return refs
    .sort((a, b) => order(a) - order(b) || b.date.localeCompare(a.date))
    .slice(0, limit)
    .flatMap((ref) => {
      const quote = knowledge.factsOf(ref.id)?.quotes[ref.index];
      return quote ? [{ text: quote.text, type: quote.type, article: citationOf(knowledge.article(ref.id)!) }] : [];
    });
}

/**
 * Distinct sentences naming the person (by name, surname, title or pronoun), one or two per article.
 * @example personMentions(knowledge, biegun, 6)[0].sentence // "US-Vizeaußenminister Stephen Biegun hat …"
 */
export function personMentions(knowledge: KnowledgeView, profile: MergedProfile, limit: number): MentionRef[] {
  // group the mentions by article once (a prominent person has thousands)
  const byArticle = new Map<string, Array<{ start: number }>>();
  for (const mention of profile.mentions) {
    const list = byArticle.get(mention.articleId);
    if (list) list.push(mention);
    else byArticle.set(mention.articleId, [mention]);
  }
  const mentions: MentionRef[] = [];
  const perArticle = Math.max(1, Math.ceil(limit / Math.max(1, profile.articleIds.length)));
  for (const id of profile.articleIds) {
    if (mentions.length >= limit) break;
    const article = knowledge.article(id);
    const sentences = knowledge.sentencesOf(id) ?? [];
    if (!article) continue;
    const seen = new Set<number>();
    for (const mention of byArticle.get(id) ?? []) {
      if (seen.size >= perArticle || mentions.length >= limit) break;
      const index = sentences.findIndex((s) => s.start <= mention.start && mention.start < s.end);
      if (index < 0 || seen.has(index)) continue;
      seen.add(index);
      mentions.push({ sentence: sentences[index]!.text, article: citationOf(article) });
    }
  }
  return mentions;
}
