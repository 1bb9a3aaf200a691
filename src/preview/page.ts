/**
 * The preview page as HTML: a box to type a command, the bot's answer drawn as Slack shows it,
 * its chart, and links to example commands and the digest preview. Plain HTML forms, no script;
 * every value shown is escaped.
 */
import type { Lang } from '../i18n/messages.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { blocksToHtml } from './blocks-html.ts';
import { escapeHtml } from './mrkdwn-html.ts';

/** Paths the page links to; the server routes the same ones. */
export const PREVIEW_PATHS = { page: '/', action: '/action', style: '/style.css', chart: '/chart/' } as const;

const CHROME = {
  de: {
    title: 'Korea-Bot · Vorschau',
    intro: 'So antwortet der Bot in Slack. Tippe einen Befehl, wie nach /korea.',
    label: 'Befehl',
    ask: 'Fragen',
    examples: 'Beispiele',
    digest: 'Digest-Vorschau',
    you: 'Du',
    bot: 'Korea-Bot',
    chart: 'Grafik zur Antwort',
  },
  en: {
    title: 'Korea bot · preview',
    intro: 'How the bot answers in Slack. Type a command as after /korea.',
    label: 'Command',
    ask: 'Ask',
    examples: 'Examples',
    digest: 'Digest preview',
    you: 'You',
    bot: 'Korea bot',
    chart: 'Chart for the answer',
  },
} as const;

const EXAMPLES = ['help', 'timeline 2019..2020', 'who Biegun', 'Kaesong'];

/** What the page shows below the box. */
export interface PageContent {
  lang: Lang;
  /** The command in the box (what was asked, or empty). */
  command?: string;
  /** What the asker did, shown above the answer ("timeline 2020", "Mehr"). */
  asked?: string;
  /** The answer's previous command, sent with the next question for follow-ups ("mehr", "und 2021?"). */
  previous?: string;
  message?: SlackMessage;
  /** A chart drawn for the answer. */
  chart?: { id: string; altText: string };
  /** A short note instead of an answer (e.g. a feedback click). */
  note?: string;
}

/**
 * The whole page.
 * @example previewPage({ lang: "de" }) // "<!doctype html>…<form class=\"ask\" …"
 */
export function previewPage(content: PageContent): string {
  const t = CHROME[content.lang];
  const examples = [...EXAMPLES.map((e) => link(e, e)), link('digest', t.digest)].join(' · ');
  const previous = content.previous ? `<input type="hidden" name="previous" value="${escapeHtml(content.previous)}">` : '';
  return `<!doctype html>
<html lang="${content.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title><link rel="stylesheet" href="${PREVIEW_PATHS.style}"></head>
<body><main>
<h1>${escapeHtml(t.title)}</h1>
<p class="intro">${escapeHtml(t.intro)}</p>
<form class="ask" method="get" action="${PREVIEW_PATHS.page}">
<label for="q">${escapeHtml(t.label)}</label>
<input id="q" name="q" type="text" autocomplete="off" autofocus value="${escapeHtml(content.command ?? '')}">${previous}
<button type="submit" id="ask">${escapeHtml(t.ask)}</button>
</form>
<p class="examples">${escapeHtml(t.examples)}: ${examples}</p>
${conversation(content)}
</main></body></html>
`;
}

function conversation(content: PageContent): string {
  const t = CHROME[content.lang];
  if (!content.message && !content.note) return '';
  const asked = content.asked ? `<div class="asked"><span class="who">${escapeHtml(t.you)}</span> <span class="asked-text">${escapeHtml(content.asked)}</span></div>` : '';
  const note = content.note ? `<p class="note">${escapeHtml(content.note)}</p>` : '';
  const blocks = content.message ? `<div class="blocks">${blocksToHtml(content.message.blocks, { actionPath: PREVIEW_PATHS.action })}</div>` : '';
  const chart = content.chart
    ? `<figure class="chart"><img src="${PREVIEW_PATHS.chart}${escapeHtml(content.chart.id)}.png" alt="${escapeHtml(content.chart.altText)}" title="${escapeHtml(t.chart)}"></figure>`
    : '';
  return `<section class="message" aria-label="${escapeHtml(t.bot)}">${asked}<div class="reply"><span class="who bot">${escapeHtml(t.bot)}</span>${note}${blocks}${chart}</div></section>`;
}

function link(command: string, label: string): string {
  return `<a href="${PREVIEW_PATHS.page}?q=${encodeURIComponent(command)}">${escapeHtml(label)}</a>`;
}

/** The page's stylesheet (served at `/style.css`: the page loads nothing from elsewhere). */
export const PREVIEW_CSS = `
body { font-family: -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; font-size: 15px; color: #1d1c1d; background: #f8f8f8; margin: 0; }
main { max-width: 860px; margin: 0 auto; padding: 16px; }
h1 { font-size: 20px; margin: 8px 0; }
.intro, .examples { color: #616061; margin: 4px 0 12px; }
form.ask { display: flex; gap: 8px; align-items: center; }
form.ask input { flex: 1; font-size: 15px; padding: 8px; border: 1px solid #bbb; border-radius: 6px; }
button { font: inherit; cursor: pointer; }
#ask { padding: 8px 16px; border-radius: 6px; border: 0; background: #007a5a; color: white; font-weight: bold; }
.message { background: white; border: 1px solid #ddd; border-radius: 8px; padding: 12px 16px; margin-top: 12px; }
.who { font-weight: bold; display: block; margin-bottom: 4px; }
.asked { border-bottom: 1px solid #eee; padding-bottom: 8px; margin-bottom: 8px; }
.asked .who { display: inline; }
.b-header { font-size: 18px; margin: 8px 0 4px; }
.b-section { display: flex; gap: 12px; justify-content: space-between; align-items: flex-start; margin: 6px 0; line-height: 1.45; }
.b-text { flex: 1; overflow-wrap: anywhere; }
.b-context { color: #616061; font-size: 12px; margin: 2px 0 8px; display: flex; flex-wrap: wrap; gap: 8px; }
.b-divider { border: 0; border-top: 1px solid #ddd; margin: 10px 0; }
.b-actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 4px; }
.b-button { display: inline; margin: 0; }
.button { padding: 4px 12px; border: 1px solid #bbb; border-radius: 4px; background: white; font-weight: bold; font-size: 13px; }
.button.primary { background: #007a5a; border-color: #007a5a; color: white; }
.button.danger { background: #e01e5a; border-color: #e01e5a; color: white; }
blockquote { border-left: 4px solid #ddd; margin: 4px 0; padding-left: 10px; }
code { background: #f4f4f4; border: 1px solid #e0e0e0; border-radius: 3px; padding: 0 3px; color: #c01343; font-size: 13px; }
a { color: #1264a3; }
.mention { background: #e8f5fa; color: #1264a3; }
.b-unknown, .b-image-alt, .note { color: #888; font-style: italic; }
.chart img, .b-image img { max-width: 100%; height: auto; border: 1px solid #eee; }
`;
