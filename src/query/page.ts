/**
 * A page typed at the end of a request: "Kaesong page 2", "Sanktionen Seite 3". Commands and
 * search read it with different rules (kept as they were):
 * - commands: "page"/"seite", a space, digits; 1..1000, anything else is a bad page;
 * - search (on what a command left): also "S. 2" and "seite2", up to three digits, 0 reads as 1.
 */

/** How a grammar reads a trailing page. */
export interface PageRules {
  /** Matches the page at the end; group 1 holds its digits. */
  pattern: RegExp;
  /** The page for the digits, or null when it is no page a user may ask for. */
  page(digits: string): number | null;
}

/** Commands: "Kaesong page 2"; "der Seite Nordkoreas" is no page, "page 0" a bad one. */
export const COMMAND_PAGE: PageRules = {
  pattern: /(?:^|\s+)(?:page|seite)\s+(\d+)$/i,
  page: (digits) => {
    const page = Number(digits);
    return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : null;
  },
};

/** Search: "Kaesong Seite 3", "Kaesong S. 2", "Kaesong seite2". */
export const SEARCH_PAGE: PageRules = {
  pattern: /(?:^|\s)(?:page|seite|s\.)\s*(\d{1,3})\s*$/i,
  page: (digits) => Math.max(1, Number(digits)),
};

/** A trailing page found: the text before it, and the page or the digits that are none. */
export type TrailingPage = { before: string; page: number } | { before: string; bad: string };

/**
 * The page at the end of `text`, if any.
 * @example trailingPage("Kaesong page 2", COMMAND_PAGE) // { before: "Kaesong", page: 2 }
 * @example trailingPage("Kaesong page 0", COMMAND_PAGE) // { before: "Kaesong", bad: "0" }
 */
export function trailingPage(text: string, rules: PageRules): TrailingPage | null {
  const match = rules.pattern.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const page = rules.page(match[1]!);
  return page === null ? { before, bad: match[1]! } : { before, page };
}
