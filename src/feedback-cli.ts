/**
 * `npm run --silent feedback -- --csv`: every vote on the bot's answers as CSV (one row per user
 * and answer), from the shared state the bot uses (DATABASE_URL, else DATA_DIR's SQLite file).
 * Without `--csv`: the editors' summary as text. Logs go to stderr.
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './log.ts';
import { openSharedState } from './store/shared-state.ts';
import type { Feedback } from './store/feedback.ts';
import { feedbackSummary } from './store/feedback-summary.ts';

/** CSV columns, in order. */
export const CSV_COLUMNS = ['at', 'verdict', 'reason', 'kind', 'question', 'text', 'user', 'channel', 'link', 'cited', 'answer_id'] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is
 * neutralised so a spreadsheet never runs it as a formula.
 * @example csvField('sagte "nein", dann') // '"sagte ""nein"", dann"'
 */
export function csvField(value: string): string {
  // "=HYPERLINK(…)" -> "'=HYPERLINK(…)": text, not a formula
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Feedback as CSV text with a header row.
 * @example toCsv([]) // "at,verdict,reason,…\n"
 */
export function toCsv(rows: Feedback[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of rows) {
    const values: Record<(typeof CSV_COLUMNS)[number], string> = {
      at: f.at,
      verdict: f.verdict,
      reason: f.reason ?? '',
      kind: f.kind,
      question: f.question,
      text: f.text ?? '',
      user: f.user,
      channel: f.channel ?? '',
      link: f.link ?? '',
      cited: f.cited.join(' '),
      answer_id: f.answerId,
    };
    lines.push(CSV_COLUMNS.map((column) => csvField(values[column])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ args: process.argv.slice(2), options: { csv: { type: 'boolean' } } });
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const logger = createLogger({ level: 'warn' });
  const shared = await openSharedState(config, logger);
  try {
    if (args.csv) process.stdout.write(toCsv(await shared.feedback.all()));
    else {
      const summary = await feedbackSummary(shared.feedback, new Date());
      for (const period of summary.periods) {
        process.stdout.write(`last ${period.days} days: ${period.counts.map((c) => `${c.kind} ${c.helpful} helpful / ${c.wrong} not right`).join('; ') || 'no feedback'}\n`);
      }
      for (const f of summary.latestWrong) process.stdout.write(`${f.at}  ${f.kind}  ${f.question}  ${f.reason ?? ''}  ${f.text ?? ''}\n`);
    }
  } finally {
    await shared.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    process.stderr.write(`ERROR ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
