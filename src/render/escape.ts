/**
 * Escaping for Slack mrkdwn: text from articles and users must never become markup, links or
 * mentions (`<!channel>` would ping a whole channel).
 */

/**
 * Escape `&`, `<` and `>` for Slack.
 * @example escapeSlack("<!channel> & co") // "&lt;!channel&gt; &amp; co"
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escape and neutralise mrkdwn formatting characters so article text is shown as written.
 * Zero-width spaces after `*`, `_`, `~` and backticks stop Slack from reading them as formatting.
 * @example plainMrkdwn("*wichtig*") // "*\u200bwichtig*\u200b"
 */
export function plainMrkdwn(text: string): string {
  return escapeSlack(text).replace(/([*_~`])/g, '$1\u200b');
}

/**
 * A Slack link with escaped label; the URL must be http(s), otherwise only the label is shown.
 * @example slackLink("https://example.org/a?b=1&c=2", "Artikel") // "<https://example.org/a?b=1&amp;c=2|Artikel>"
 */
export function slackLink(url: string, label: string): string {
  if (!/^https?:\/\/[^\s<>|]+$/.test(url)) return plainMrkdwn(label);
  return `<${escapeSlack(url)}|${plainMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * Inline code for Slack: escaped, backticks removed (they would end the span).
 * @example codeSpan("timeline 2020") // "`timeline 2020`"
 */
export function codeSpan(text: string): string {
  return `\`${escapeSlack(text.replace(/`/g, "'"))}\``;
}

/**
 * Escaped text with the given ranges in bold; a range inside a word grows to the whole word,
 * since Slack only bolds whole words ("Atom*gespräche*" would show the stars).
 * @example highlighted("Die Atomgespräche <neu>", [[7, 17]]) // "Die *Atomgespräche* &lt;neu&gt;"
 */
export function highlighted(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const marked = words.filter(([start, end]) => ranges.some(([from, to]) => from < end && start < to));
  let out = '';
  let at = 0;
  for (const [start, end] of marked) {
    out += plainMrkdwn(text.slice(at, start)) + `*${plainMrkdwn(text.slice(start, end))}*`;
    at = end;
  }
  return out + plainMrkdwn(text.slice(at));
}
