/**
 * Telling a narrative (a history text: dates far from the article date, told in sequence) from
 * news (dates near the article date, "gestern", "am Mittwoch"). In a narrative "am 30. Juli"
 * after "am 28. Juli 1914" is 1914-07-30; in news "im September" is counted from the article date.
 */
import type { Cal, DateCandidate } from './types.ts';

/**
 * Whether the candidates found in a text make it a narrative relative to its date.
 * @example isNarrative(findCandidates(wikipediaWarArticle), { year: 2011 }) // true
 */
export function isNarrative(candidates: readonly DateCandidate[], doc: Cal): boolean {
  let near = 0;
  let far = 0;
  for (const { expr } of candidates) {
    if (expr.type === 'calendar' && expr.year !== undefined) {
      if (expr.bc || doc.year - expr.year > 1) far++;
      else near++;
    } else if (expr.type === 'weekday' || (expr.type === 'shift' && expr.base === 'doc' && expr.amount !== 0)) {
      near++;
    }
  }
  return far >= 4 && far > 3 * near;
}
