/**
 * The plain fallback `text` of a Slack message (notifications, screen readers, old clients).
 * Shared by the Slack renderer and the terminal renderer's first line.
 */
import type { Answer } from '../answers/types.ts';
import { escapeSlack } from './escape.ts';

/**
 * One escaped summary line for any answer.
 * @example fallbackText({ kind: "search", query: "Kaesong", hits: [], total: 0, suggestions: [] }) // "No article matches Kaesong."
 */
export function fallbackText(answer: Answer): string {
  return escapeSlack(summaryLine(answer));
}

/** The unescaped summary line. */
export function summaryLine(answer: Answer): string {
  switch (answer.kind) {
    case 'help':
      return 'Korea desk bot: timeline <year>, who <name>, or any words to search.';
    case 'timeline':
      return `Timeline ${answer.from === answer.to ? answer.from : `${answer.from}..${answer.to}`}: ${answer.events.length} event${answer.events.length === 1 ? '' : 's'}.`;
    case 'who':
      return answer.person ? `${answer.person.name}: mentioned in ${answer.person.articles.length} article${answer.person.articles.length === 1 ? '' : 's'}.` : `Nobody called ${answer.query.replace(/^who\s+/i, '')} is mentioned.`;
    case 'search':
      return answer.hits.length > 0 ? `${answer.total} article${answer.total === 1 ? '' : 's'} for ${answer.query}.` : `No article matches ${answer.query}.`;
    case 'error':
      return answer.message;
  }
}
