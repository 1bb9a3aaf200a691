/**
 * Slack mrkdwn -> HTML, as Slack shows it: `*bold*`, `_italic_`, `~strike~`, `` `code` ``,
 * `> quote` lines, links `<url|text>`, mentions, a few emoji. Everything that is not markup is
 * HTML-escaped, so article text and user input can never become tags or attributes.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML content and (quoted) attribute values.
 * @example escapeHtml('<img src=x onerror="alert(1)">') // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Slack's three entities back to characters (Slack text escapes only `&`, `<` and `>`).
 * @example decodeSlack("&lt;b&gt; &amp;amp;") // "<b> &amp;"
 */
export function decodeSlack(text: string): string {
  // "&lt;" -> "<", "&gt;" -> ">", "&amp;" -> "&", in one pass so "&amp;lt;" stays "&lt;"
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : '>'));
}

/** The emoji the bot writes as shortcodes, shown as Slack shows them; others stay as `:name:`. */
const EMOJI: Record<string, string> = {
  newspaper: '📰',
  warning: '⚠️',
  calendar: '📅',
  date: '📅',
  speech_balloon: '💬',
  bust_in_silhouette: '👤',
  mag: '🔍',
  white_check_mark: '✅',
  x: '❌',
  sunrise: '🌅',
  pushpin: '📌',
};

/**
 * One mrkdwn text as HTML: lines joined with `<br>`, runs of `>` lines as a `<blockquote>`.
 * @example mrkdwnToHtml("*Kim* sagte &lt;nichts&gt;") // "<b>Kim</b> sagte &lt;nichts&gt;"
 * @example mrkdwnToHtml("<https://x.de/a?b=1&amp;c=2|Link>") // '<a href="https://x.de/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">Link</a>'
 */
export function mrkdwnToHtml(mrkdwn: string): string {
  const out: string[] = [];
  let quote: string[] = [];
  const flushQuote = () => {
    if (quote.length > 0) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = [];
  };
  const lines = mrkdwn.replace(/\uE000/g, '').split('\n');
  lines.forEach((line, i) => {
    // a raw ">" starts a quote line ("&gt;" is a literal ">")
    if (line.startsWith('>')) {
      quote.push(inline(line.slice(1).replace(/^ /, '')));
      return;
    }
    flushQuote();
    out.push(inline(line) + (i < lines.length - 1 && !lines[i + 1]!.startsWith('>') ? '<br>' : ''));
  });
  flushQuote();
  return out.join('');
}

/** One line: code spans and Slack markup set aside as placeholders, the rest escaped and formatted. */
function inline(line: string): string {
  const held: string[] = [];
  const hold = (html: string) => `\uE000${held.push(html) - 1}\uE000`;
  // "`timeline 2020`" -> <code>; content is literal. "`\u200b" is a backtick the bot escaped
  // (plainMrkdwn), which Slack shows as it is: "es `\u200bPlan B`\u200b" stays text
  let text = line.replace(/`(?!\u200b)([^`\u200b][^`]*)`/g, (_, code: string) => hold(`<code>${escapeHtml(decodeSlack(code))}</code>`));
  // "<https://x|Link>", "<@U123>", "<#C1|allgemein>", "<!here>" (text never holds a raw "<": it is "&lt;")
  text = text.replace(/<([^<>]*)>/g, (_, markup: string) => hold(markupHtml(markup)));
  let html = escapeHtml(decodeSlack(text));
  html = html.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
  html = emphasis(html, '*', 'b');
  html = emphasis(html, '_', 'i');
  html = emphasis(html, '~', 's');
  // "\uE0000\uE000" -> the held HTML; a link label may itself hold a code span: replace until none is left
  for (let round = 0; round < 3 && /\uE000\d+\uE000/.test(html); round++) html = html.replace(/\uE000(\d+)\uE000/g, (_, n: string) => held[Number(n)] ?? '');
  return html;
}

/**
 * Slack's emphasis: the marker opens after a non-word character and before a visible one, and
 * closes after a visible character and before a non-word one. A zero-width space after a marker
 * (how `plainMrkdwn` keeps article text literal) stops it, as in Slack.
 */
function emphasis(html: string, marker: string, tag: string): string {
  // (in a /u pattern only syntax characters may be escaped: "\\*" yes, "\\_" and "\\~" no)
  const m = marker === '*' ? '\\*' : marker;
  // "*Kim*" -> <b>Kim</b>; "a*b*c", "*\u200bx*\u200b" and "* x *" stay as written
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}${m}])${m}(?=[^\\s\\u200b${m}])([^${m}]*?[^\\s\\u200b${m}])${m}(?![\\p{L}\\p{N}${m}])`, 'gu');
  return html.replace(pattern, (_, before: string, content: string) => `${before}<${tag}>${content}</${tag}>`);
}

/** What Slack shows for `<…>`: a link (http(s) and mailto only), a mention, or the text. */
function markupHtml(markup: string): string {
  const bar = markup.indexOf('|');
  const target = bar < 0 ? markup : markup.slice(0, bar);
  const label = bar < 0 ? undefined : markup.slice(bar + 1);
  if (target.startsWith('@')) return `<span class="mention">@${escapeHtml(decodeSlack(label ?? target.slice(1)))}</span>`;
  if (target.startsWith('#')) return `<span class="mention">#${escapeHtml(decodeSlack(label ?? target.slice(1)))}</span>`;
  if (target.startsWith('!')) return `<span class="mention">@${escapeHtml(decodeSlack(label ?? target.slice(1).split('^')[0]!))}</span>`;
  const url = decodeSlack(target);
  const shown = escapeHtml(decodeSlack(label ?? target));
  // "https://…", "http://…", "mailto:…": a link; "javascript:…" and anything else: only its text
  if (!/^(?:https?:\/\/|mailto:)[^\s]+$/i.test(url)) return shown;
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${shown}</a>`;
}
