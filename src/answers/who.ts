/**
 * `who <name>`: the person's full name as written, spellings, roles with dates, quotes, mentions
 * and the people named with them. An ambiguous name lists the candidates; a place or
 * organisation says so.
 */
import type { Citation } from '../corpus/article.ts';
import type { Lang } from '../i18n/messages.ts';
import type { MergedPerson as MergedProfile } from '../text/people/index.ts';
import type { KnowledgeView } from '../knowledge/view.ts';
import { mentionCounts } from './chart-data.ts';
import { personMentions, personQuotes } from './who-sources.ts';
import type { PersonProfile, WhoAnswer } from './types.ts';

/** How many quotes, mention sentences and related people a profile lists. */
export const WHO_LIMITS = { quotes: 5, mentions: 6, related: 5, roles: 6, roleHistory: 20 } as const;

/**
 * Answer a who question.
 * @example whoAnswer(knowledge, { query: "who Biegun", lang: "de" }, "Biegun").person?.name // "Stephen Biegun"
 */
export function whoAnswer(knowledge: KnowledgeView, asked: { query: string; lang: Lang }, name: string, page = 1): WhoAnswer {
  // (while new articles are merged in, the answer says they may be missing)
  const base = { ...asked, name, ...(knowledge.isUpdating() ? { updating: true } : {}) };
  const directory = knowledge.directory();
  const found = directory.lookup(name);
  const cite = (id: string): Citation[] => knowledge.citations([id]);
  switch (found.kind) {
    case 'person': {
      const answer: WhoAnswer = { kind: 'who', ...base, person: profileOf(knowledge, found.profile, cite), suggestions: [] };
      if (found.corrected) answer.searchedFor = found.corrected;
      // page 2 on: the quotes and mentions the card leaves out ("Mehr"); the chart comes with the card
      if (page > 1) answer.page = page;
      const mentions = page > 1 ? undefined : mentionCounts(found.profile.mentions.map((m) => knowledge.articleDate(m.articleId) ?? ''));
      if (mentions) answer.chart = { mentions };
      return answer;
    }
    case 'ambiguous':
      return {
        kind: 'who',
        ...base,
        person: null,
        suggestions: found.candidates.map((p) => p.name),
        candidates: found.candidates.slice(0, 8).map((p) => ({ name: p.name, roles: distinctRoles(p).slice(0, 2), articles: p.articleIds.length })),
      };
    case 'entity':
      return { kind: 'who', ...base, person: null, suggestions: [], entity: { name: found.entity.name, kind: found.entity.kind, articles: knowledge.citations(found.entity.articleIds) } };
    case 'none':
      return { kind: 'who', ...base, person: null, suggestions: found.suggestions };
  }
}

function distinctRoles(profile: MergedProfile): string[] {
  return [...new Set(profile.roles.map((r) => r.role))];
}

function profileOf(knowledge: KnowledgeView, profile: MergedProfile, cite: (id: string) => Citation[]): PersonProfile {
  const directory = knowledge.directory();
  const related = new Map<string, number>();
  for (const id of profile.articleIds) {
    for (const other of directory.byArticle.get(id) ?? []) if (other !== profile) related.set(other.name, (related.get(other.name) ?? 0) + 1);
  }
  return {
    name: profile.name,
    aliases: profile.aliases,
    roles: distinctRoles(profile).slice(0, WHO_LIMITS.roles),
    roleHistory: profile.roles.slice(0, WHO_LIMITS.roleHistory).flatMap((r) => cite(r.articleId).map((article) => ({ role: r.role, date: r.date, article }))),
    articles: knowledge.citations(profile.articleIds),
    firstMention: profile.firstDate,
    lastMention: profile.lastDate,
    quotes: personQuotes(knowledge, profile, WHO_LIMITS.quotes),
    mentions: personMentions(knowledge, profile, WHO_LIMITS.mentions),
    related: [...related]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, WHO_LIMITS.related)
      .map(([name, articles]) => ({ name, articles })),
  };
}
