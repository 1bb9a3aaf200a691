/**
 * Charts into Slack: `files.uploadV2` (getUploadURLExternal, POST the bytes, completeUploadExternal)
 * into a mention's thread, or into the asker's DM with the bot for a slash command (its answer is
 * ephemeral and a response_url cannot carry files; the DM keeps the chart as private as the
 * answer). An upload that fails costs one log line, never the text answer.
 */
import type { webApi } from '@slack/bolt';
import type { Reply } from '../core-types.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { chartWithin, type ReplyChart } from '../render/chart.ts';
import { escapeSlack } from '../render/escape.ts';
import { BLOCK_LIMITS } from '../render/limits.ts';

/** Where a chart goes: a thread (mentions) or the asker's DM with the bot (slash commands). */
export type ChartTarget = { channel: string; threadTs: string } | { dmWith: string };

/**
 * Draw a reply's chart within the answer's time limit; a failure or a late chart is one log line.
 * @example const chart = await drawChart(reply, logger, "timeline 2020") // undefined: no chart
 */
export async function drawChart(reply: Reply | null, logger: Logger, asked: string): Promise<ReplyChart | undefined> {
  if (!reply) return undefined;
  const { chart, problem } = await chartWithin(reply);
  if (problem) logger.warn(`chart for "${asked.slice(0, 80)}" skipped: ${problem}`);
  return chart;
}

/**
 * Upload a chart with `files.uploadV2`; true when Slack has shared it. Failures (missing
 * `files:write`, not_in_channel, the network) are logged in one line and give false.
 * @example await uploadChart(client, chart, { channel: "C1", threadTs: "1700000000.000100" }, "de", "timeline 2020", logger)
 */
export async function uploadChart(client: webApi.WebClient, chart: ReplyChart, target: ChartTarget, lang: Lang, asked: string, logger: Logger): Promise<boolean> {
  let channel = 'channel' in target ? target.channel : `DM with ${target.dmWith}`;
  try {
    if ('dmWith' in target) {
      const opened = await client.conversations.open({ users: target.dmWith });
      if (!opened.channel?.id) throw new Error('conversations.open returned no channel');
      channel = opened.channel.id;
    }
    const where = 'threadTs' in target ? { channel_id: channel, thread_ts: target.threadTs } : { channel_id: channel, initial_comment: messagesFor(lang).chartComment(escapeSlack(asked.slice(0, 200))) };
    await client.filesUploadV2({ file: chart.png, filename: chart.filename, title: chart.title, alt_text: chart.altText, ...where });
    return true;
  } catch (error) {
    logger.error(`chart upload to ${channel} failed: ${slackError(error)}`);
    return false;
  }
}

/**
 * The ephemeral answer with a line saying the chart comes by DM (when the message has room for one more block).
 * @example withChartNote(message, "de").blocks.at(-1) // { type: "context", … }
 */
export function withChartNote(message: SlackMessage, lang: Lang): SlackMessage {
  if (message.blocks.length >= BLOCK_LIMITS.blocks) return message;
  return { ...message, blocks: [...message.blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: messagesFor(lang).chartInDm }] }] };
}

/** Slack's error code with the scope it needed ("missing_scope (needed files:write)"), else the message. */
function slackError(error: unknown): string {
  const data = (error as { data?: { error?: unknown; needed?: unknown } }).data;
  if (data && typeof data.error === 'string') return data.needed ? `${data.error} (needed ${String(data.needed)})` : data.error;
  return error instanceof Error ? error.message : String(error);
}
