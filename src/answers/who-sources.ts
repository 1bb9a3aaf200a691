/**
 * A person's quotes and the sentences that mention them, newest articles first.
 */
import { citationOf } from '../corpus/article.ts';
import type { PersonProfile as MergedProfile } from '../text/people/merge.ts';
import { directoryOf, type Knowledge } from './knowledge.ts';
import type { MentionRef, QuoteRef } from './types.ts';

/**
 * Quotes attributed to the person, direct ones first, newest articles first.
 * @example personQuotes(knowledge, biegun, 5)[0].text // "Wir haben um kein Treffen …"
 */
export function personQuotes(knowledge: Knowledge, profile: MergedProfile, limit: number): QuoteRef[] {
  const directory = directoryOf(knowledge);
  const quotes: QuoteRef[] = [];
  for (const id of profile.articleIds) {
    const article = knowledge.articles.get(id);
    for (const quote of knowledge.facts.get(id)?.quotes ?? []) {
      if (article && quote.speaker && directory.speakerProfile(id, quote.speaker) === profile) {
        quotes.push({ text: quote.text, type: quote.type, article: citationOf(article) });
      }
    }
  }
  const order = (q: QuoteRef) => (q.type === 'direct' ? 0 : 1);
  return quotes.sort((a, b) => order(a) - order(b) || b.article.date.localeCompare(a.article.date)).slice(0, limit);
}

/**
 * Distinct sentences naming the person (by name, surname, title or pronoun), one or two per article.
 * @example personMentions(knowledge, biegun, 6)[0].sentence // "US-Vizeaußenminister Stephen Biegun hat …"
 */
export function personMentions(knowledge: Knowledge, profile: MergedProfile, limit: number): MentionRef[] {
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
    const article = knowledge.articles.get(id);
    const sentences = knowledge.sentences.get(id) ?? [];
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
