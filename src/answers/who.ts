/**
 * `who <name>`: the person's full name as written, roles, and where they appear.
 */
import { citationOf, type Citation } from '../corpus/article.ts';
import type { Lang } from '../i18n/messages.ts';
import { foldWord } from '../search/analyser.ts';
import type { Knowledge } from './knowledge.ts';
import { findNameMentions } from './name-mentions.ts';
import type { MentionRef, WhoAnswer } from './types.ts';

/** How many mention sentences a profile lists. */
export const MAX_MENTIONS = 10;

/**
 * Answer a who question.
 * @example whoAnswer(knowledge, { query: "who Biegun", lang: "de" }, "Biegun").person?.name // "Stephen Biegun"
 */
export function whoAnswer(knowledge: Knowledge, base: { query: string; lang: Lang }, name: string): WhoAnswer {
  const names = new Map<string, number>();
  const roles = new Map<string, string>();
  const articles: Citation[] = [];
  const mentions: MentionRef[] = [];
  for (const article of knowledge.articles.values()) {
    const found = findNameMentions(knowledge.sentences.get(article.id) ?? [], name);
    if (found.length === 0) continue;
    const citation = citationOf(article);
    articles.push(citation);
    for (const mention of found) {
      names.set(mention.fullName, (names.get(mention.fullName) ?? 0) + 1);
      if (mention.role) roles.set(foldWord(mention.role), mention.role);
      if (mentions.length < MAX_MENTIONS && !mentions.some((m) => m.sentence === mention.sentence)) {
        mentions.push({ sentence: mention.sentence, article: citation });
      }
    }
  }
  if (articles.length === 0) return { kind: 'who', ...base, person: null, suggestions: knowledge.index.suggest(name) };
  const variants = [...names.entries()].sort((a, b) => b[0].split(/[ -]/).length - a[0].split(/[ -]/).length || b[1] - a[1]);
  const full = variants[0]![0];
  const aliases = variants.map(([variant]) => variant).filter((variant) => variant !== full);
  articles.sort((a, b) => b.date.localeCompare(a.date));
  return { kind: 'who', ...base, person: { name: full, aliases, roles: [...roles.values()], articles, quotes: [], mentions }, suggestions: [] };
}
