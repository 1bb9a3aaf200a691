/**
 * The preview page's routes: `GET /?q=…` answers a command, `POST /action` runs a button click
 * through the same path as the Slack action handlers, `GET /chart/<id>.png` serves an answer's
 * chart, `GET /style.css` the stylesheet. Anything else gets a short 4xx answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { languageOf } from '../core.ts';
import type { BotCore, Reply } from '../core-types.ts';
import { type Lang, messagesFor } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import { ACTION_IDS } from '../render/actions.ts';
import type { RenderOptions } from '../render/slack.ts';
import { buttonPress } from '../slack/button-press.ts';
import { safeReply } from '../slack/safe-answer.ts';
import { chartWithin } from '../render/chart.ts';
import { ChartCache } from './charts.ts';
import { HttpError, readForm, send } from './http.ts';
import { PREVIEW_CSS, PREVIEW_PATHS, previewPage, type PageContent } from './page.ts';

/** The longest command accepted in the box (Slack's own limit for a slash command's text is 4000). */
export const MAX_COMMAND_CHARS = 4000;

const HTML = 'text/html; charset=utf-8';
const FEEDBACK_NOTE = { de: 'Feedback wird nur in Slack gespeichert; in der Vorschau zählt der Klick nicht.', en: 'Feedback is stored only in Slack; in the preview the click does not count.' } as const;

/**
 * The routes over a core.
 * @example const route = previewRoutes(core, logger); await route(req, res)
 */
export function previewRoutes(core: BotCore, logger: Logger): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> {
  const charts = new ChartCache();

  /** Render a reply as the Slack adapter does, with its chart. */
  const answerPage = async (compute: () => Promise<Reply>, lang: Lang, options: RenderOptions, page: Omit<PageContent, 'lang'>): Promise<string> => {
    const { message, reply } = await safeReply(compute, lang, logger, options);
    let chart: PageContent['chart'];
    if (reply) {
      // the same time limit as in Slack: a late or failed chart is one log line, the answer shows anyway
      const { chart: drawn, problem } = await chartWithin(reply);
      if (problem) logger.warn(`preview chart skipped: ${problem}`);
      if (drawn) chart = { id: charts.add(drawn), altText: drawn.altText };
    }
    const previous = reply?.command ?? page.previous;
    return previewPage({ ...page, lang: reply?.lang ?? lang, message, ...(chart ? { chart } : {}), ...(previous ? { previous } : {}) });
  };

  return async (req, res, url) => {
    const path = url.pathname;
    if (path === PREVIEW_PATHS.style) {
      assertGet(req);
      return send(res, 200, 'text/css; charset=utf-8', PREVIEW_CSS);
    }
    if (path.startsWith(PREVIEW_PATHS.chart)) {
      assertGet(req);
      // "/chart/1b4e28ba-2fa1-41d2-883f-0016d3cca427.png" -> the id
      const id = /^\/chart\/([0-9a-f-]{36})\.png$/.exec(path)?.[1];
      const chart = id ? charts.get(id) : undefined;
      if (!chart) throw new HttpError(404, 'no such chart (charts are kept for the last few answers only)');
      return send(res, 200, 'image/png', chart.png);
    }
    if (path === PREVIEW_PATHS.page) {
      assertGet(req);
      const command = url.searchParams.get('q')?.trim() ?? '';
      if (command.length > MAX_COMMAND_CHARS) throw new HttpError(413, `command longer than ${MAX_COMMAND_CHARS} characters`);
      if (!command) return send(res, 200, HTML, previewPage({ lang: core.lang }));
      const previous = url.searchParams.get('previous')?.slice(0, MAX_COMMAND_CHARS) || undefined;
      const lang = languageOf(command, core.lang);
      const context = { lang, ...(previous ? { previous } : {}) };
      // as an @mention in a thread: the answer with its "Mehr", "Quelle zeigen" and feedback buttons
      const page = await answerPage(() => core.handle(command, context), lang, {}, { command, asked: command, ...(previous ? { previous } : {}) });
      return send(res, 200, HTML, page);
    }
    if (path === PREVIEW_PATHS.action) {
      if (req.method !== 'POST') throw new HttpError(405, 'use POST', { Allow: 'POST' });
      const form = await readForm(req);
      const actionId = form.get('action_id') ?? '';
      if (actionId === ACTION_IDS.helpful || actionId === ACTION_IDS.wrong) return send(res, 200, HTML, previewPage({ lang: core.lang, note: FEEDBACK_NOTE[core.lang] }));
      const press = buttonPress(actionId, form.get('value') ?? undefined);
      if (!press) throw new HttpError(400, 'unknown button or unreadable button value');
      // as Slack's handlers: "Quelle zeigen" and "teilen" without further buttons, "Mehr" and candidates with
      const interactive = actionId !== ACTION_IDS.source && actionId !== ACTION_IDS.share;
      const page = await answerPage(() => press.answer(core), press.lang, { interactive }, { asked: press.command ?? messagesFor(press.lang).source, ...(press.command ? { command: press.command } : {}) });
      return send(res, 200, HTML, page);
    }
    throw new HttpError(404, 'not found');
  };
}

/** Only GET (and HEAD, which node answers without a body) on the page, stylesheet and charts. */
function assertGet(req: IncomingMessage): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET', { Allow: 'GET, HEAD' });
}
