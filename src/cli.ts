/**
 * Command-line tools.
 *   ask [--corpus DIR] [--json] [command text]   one answer, or one per line of stdin; a timeline's or
 *                                                 person's chart is written to CHARTS_DIR (default: korea-charts
 *                                                 in the OS temp folder) and named in the answer (`chartFile` in JSON)
 *   extract [--corpus DIR]                        one JSON line per article with what was extracted
 * Answers go to stdout; logs go to stderr.
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { KnowledgeView as Knowledge } from './knowledge/view.ts';
import { loadKnowledge } from './knowledge/bootstrap.ts';
import { extractArticle } from './knowledge/extract-record.ts';
import { createCore, languageOf } from './core.ts';
import type { Lang } from './i18n/messages.ts';
import { writeChartFile } from './chart-file.ts';
import { chartsDir } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { messagesFor } from './i18n/messages.ts';
import { renderReplyText } from './render/reply.ts';

interface CliOptions {
  corpus: string;
  json: boolean;
  /** BOT_LANGUAGE, as for the bot. */
  lang: Lang;
  /** CHARTS_DIR, or korea-charts in the OS temp folder. */
  charts: string;
  rest: string[];
}

const FLAGS = { json: { type: 'boolean' }, corpus: { type: 'string' } } as const;

/**
 * Parse `--corpus DIR` (or `--corpus=DIR`) and `--json`; everything else, as typed, is the command text.
 * @example parseCliArgs(["--json", "who", "Biegun"], {}).rest // ["who", "Biegun"]
 */
export function parseCliArgs(args: string[], env: Record<string, string | undefined>): CliOptions {
  const lang = env.BOT_LANGUAGE === 'en' ? 'en' : 'de';
  const options: CliOptions = { corpus: env.CORPUS_DIR || 'corpus', json: false, lang, charts: chartsDir(env), rest: [] };
  const { tokens } = parseArgs({ args, options: FLAGS, allowPositionals: true, strict: false, tokens: true });
  let last = -1;
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'json' && token.value === undefined) options.json = true;
    else if (token.kind === 'option' && token.name === 'corpus' && typeof token.value === 'string') options.corpus = token.value;
    // anything else is text: "-1" or "-abc" (one argument, several tokens) as it was typed
    else if (token.index !== last) options.rest.push(args[token.index]!);
    last = token.index;
  }
  return options;
}

async function ask(knowledge: Knowledge, options: CliOptions, logger: Logger): Promise<void> {
  const core = createCore(knowledge, options.lang);
  const print = async (text: string) => {
    const reply = await core.handle(text, { lang: languageOf(text, options.lang) });
    const { path, problem } = await writeChartFile(reply, options.charts);
    if (problem) logger.warn(`chart skipped: ${problem}`);
    if (options.json) return void process.stdout.write(`${JSON.stringify(path ? { ...reply, chartFile: path } : reply)}\n`);
    process.stdout.write(`${renderReplyText(reply)}${path ? `\n  ${messagesFor(reply.lang).chartFile(path)}` : ''}\n\n`);
  };
  if (options.rest.length > 0) return print(options.rest.join(' '));
  for await (const line of createInterface({ input: process.stdin, terminal: false })) if (line.trim()) await print(line);
}

async function main(): Promise<void> {
  // "… | head -1" closes stdout early: stop quietly instead of crashing on EPIPE
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  const [tool, ...args] = process.argv.slice(2);
  const options = parseCliArgs(args, process.env);
  const logger = createLogger({ level: 'warn' });
  if (tool !== 'ask' && tool !== 'extract') {
    process.stderr.write('usage: cli.ts ask [--corpus DIR] [--json] [command] | extract [--corpus DIR]\n');
    process.exit(2);
  }
  const knowledge = await loadKnowledge(options.corpus, logger);
  if (tool === 'ask') return ask(knowledge, options, logger);
  for (const article of knowledge.articles()) process.stdout.write(`${JSON.stringify(extractArticle(knowledge, article))}\n`);
}

main().catch((error) => {
  process.stderr.write(`ERROR ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
