/**
 * Free text: the best articles for a query, each with its best passages, a page at a time.
 * A period typed into the query ("Kaesong 2019", "Sanktionen März 2019") is a ranking hint and
 * the answer says how it read it (`period`); `datum:2019` filters by article date; a page can be
 * typed too ("Sanktionen 2019-03 page 2").
 */
import { citationOf } from '../corpus/article.ts';
import { bestPassages } from '../search/passages.ts';
import { parseQuery, periodText, type ParsedQuery } from '../query/index.ts';
import type { RankedDoc, Ranking } from '../search/rank.ts';
import type { Lang } from '../i18n/messages.ts';
import type { KnowledgeView } from '../knowledge/view.ts';
import type { SearchAnswer, SearchFilters, SearchHit } from './types.ts';

/** Results per page. */
export const SEARCH_PAGE_SIZE = 5;
/** Results ordered per query (20 pages); later pages are ordered on demand. */
export const RANKED = 100;

/**
 * Answer a free-text query; `page` is 1-based (a "page N" in the query overrides page 1).
 * @example searchAnswer(knowledge, { query: "Kaesong 2019", lang: "de" }, "Kaesong 2019").hits[0].passages[0].highlights // [[…, …]]
 * @example searchAnswer(knowledge, { query: "Beigun", lang: "de" }, "Beigun").searchedFor // "Biegun"
 */
export function searchAnswer(knowledge: KnowledgeView, base: { query: string; lang: Lang }, text: string, page = 1): SearchAnswer {
  const parsed = parseQuery(text);
  const wanted = Math.max(1, page === 1 ? (parsed.page ?? 1) : page);
  // the first RANKED results are ordered once, so pages 1..RANKED/5 never overlap or skip
  const limit = Math.max(RANKED, wanted * SEARCH_PAGE_SIZE);
  const { ranking, filters } = rankParsed(knowledge, parsed, limit);
  const period = parsed.period && { ...parsed.period, dated: ranking.datedInPeriod, narrow: `${parsed.text} datum:${periodText(parsed.period)}`.trim() };
  const partial = ranking.docs.length > 0 && ranking.docs[0]!.matched < ranking.full;
  const pageCount = Math.max(1, Math.ceil(ranking.total / SEARCH_PAGE_SIZE));
  const shown = Math.min(wanted, pageCount);
  const hits = ranking.docs.slice((shown - 1) * SEARCH_PAGE_SIZE, shown * SEARCH_PAGE_SIZE).flatMap((doc) => hitFor(knowledge, doc, ranking));
  const noHits = ranking.total === 0;
  const withoutFilters = noHits && (filters.from || filters.to) ? knowledge.rank(parsed.text, { limit: 1 }).total : 0;
  return {
    kind: 'search',
    ...base,
    hits,
    total: ranking.total,
    suggestions: noHits && withoutFilters === 0 ? suggestionsFor(knowledge, parsed.text) : [],
    searchedFor: ranking.words.map((w) => w.text).join(' '),
    corrections: ranking.corrections,
    filters,
    ...(period ? { period } : {}),
    partial,
    withoutFilters,
    weaker: Math.max(0, (shown - 1) * SEARCH_PAGE_SIZE + hits.length - ranking.total),
    page: shown,
    pageCount,
    remaining: Math.max(0, ranking.total - shown * SEARCH_PAGE_SIZE),
  };
}

/**
 * The ranking behind a search answer, for a query as typed (filters and hints read from it).
 * @example rankSearch(knowledge, "Kaesong Verbindungsbüro", 10).docs[0].id
 */
export function rankSearch(knowledge: KnowledgeView, text: string, limit = RANKED): Ranking {
  return rankParsed(knowledge, parseQuery(text), limit).ranking;
}

function rankParsed(knowledge: KnowledgeView, parsed: ParsedQuery, limit: number): { ranking: Ranking; filters: SearchFilters } {
  const filters: SearchFilters = {};
  if (parsed.from) filters.from = parsed.from;
  if (parsed.to) filters.to = parsed.to;
  const ranking = knowledge.rank(parsed.text, { ...filters, ...(parsed.period ? { hint: parsed.period } : {}), textOf: (id) => knowledge.textOf(id), limit });
  return { ranking, filters };
}

function hitFor(knowledge: KnowledgeView, doc: RankedDoc, ranking: Ranking): SearchHit[] {
  const article = knowledge.article(doc.id);
  if (!article) return [];
  const passages = bestPassages(knowledge.analyser(), knowledge.sentencesOf(doc.id) ?? [], ranking.words);
  return [{ ...citationOf(article), score: round(doc.score), snippet: passages[0]?.text ?? '', passages, phrase: doc.phrase }];
}

// No match: the archive's closest words to each query word, a little more tolerant than the
// automatic correction ("Pjongjang" -> "Pjöngjang")
function suggestionsFor(knowledge: KnowledgeView, text: string): string[] {
  const words = text.split(/[\s-]+/).filter((w) => w.length >= 3);
  const found = words.flatMap((word) => knowledge.closestWords(word, 3, word.length <= 5 ? 1 : 2));
  return [...new Set(found)].slice(0, 5);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
