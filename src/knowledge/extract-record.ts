/**
 * What the bot extracted from one article, as one JSON-ready object (the `extract` CLI), so
 * extraction can be checked from outside. Offsets point into the body as stored in the file
 * after its header.
 */
import type { Article } from '../corpus/article.ts';
import type { KnowledgeView } from './view.ts';

/** One article's extraction record. */
export interface ExtractRecord {
  id: string;
  title: string;
  date: string;
  dates: Array<{ text: string; start: number; end: number; value: string; precision: string; modifier?: string; kind: string }>;
  events: Array<{ date: string; precision: string; modifier?: string; text: string; start: number; end: number }>;
  people: Array<{ name: string; aliases: string[]; roles: string[] }>;
  entities: Array<{ name: string; kind: 'place' | 'org' }>;
  quotes: Array<{ speaker: string | null; text: string; type: 'direct' | 'indirect'; start: number; end: number }>;
}

/**
 * The extraction record for an article.
 * @example extractArticle(knowledge, article).dates[0] // { text: "September", start: 412, end: 421, value: "2018-09", … }
 */
export function extractArticle(knowledge: KnowledgeView, article: Article): ExtractRecord {
  const facts = knowledge.factsOf(article.id);
  return {
    id: article.id,
    title: article.title,
    date: article.date.value,
    dates: (facts?.dates ?? []).map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value, precision: d.precision, ...(d.modifier ? { modifier: d.modifier } : {}), kind: d.kind })),
    events: (facts?.events ?? []).map((e) => ({ date: e.date.value, precision: e.date.precision, ...(e.date.modifier ? { modifier: e.date.modifier } : {}), text: e.text, start: e.start, end: e.end })),
    people: (facts?.people.people ?? []).map((p) => ({ name: p.name, aliases: p.aliases, roles: p.roles })),
    entities: (facts?.people.entities ?? []).map((e) => ({ name: e.name, kind: e.kind })),
    quotes: (facts?.quotes ?? []).map((q) => ({ speaker: q.speaker, text: q.text, type: q.type, start: q.start, end: q.end, ...(q.source ? { source: q.source } : {}) })),
  };
}
