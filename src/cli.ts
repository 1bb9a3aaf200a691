/**
 * Command-line tools.
 *   ask [--corpus DIR] [--json] [command text]   one answer, or one per line of stdin
 *   extract [--corpus DIR]                        one JSON line per article with what was extracted
 * Answers go to stdout; logs go to stderr.
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { answer } from './answers/answer.ts';
import type { KnowledgeView as Knowledge } from './knowledge/view.ts';
import { loadKnowledge } from './knowledge/bootstrap.ts';
import { extractArticle } from './knowledge/extract-record.ts';
import { createLogger } from './log.ts';
import { renderText } from './render/text.ts';
import type { Lang } from './i18n/messages.ts';

interface CliOptions {
  corpus: string;
  json: boolean;
  /** BOT_LANGUAGE, as for the bot. */
  lang: Lang;
  rest: string[];
}

/** Parse `--corpus DIR` and `--json`; everything else is the command text. */
export function parseCliArgs(args: string[], env: Record<string, string | undefined>): CliOptions {
  const lang = env.BOT_LANGUAGE === 'en' ? 'en' : 'de';
  const options: CliOptions = { corpus: env.CORPUS_DIR || 'corpus', json: false, lang, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--corpus' && args[i + 1] !== undefined) options.corpus = args[++i]!;
    else if (arg.startsWith('--corpus=')) options.corpus = arg.slice('--corpus='.length);
    else options.rest.push(arg);
  }
  return options;
}

async function ask(knowledge: Knowledge, options: CliOptions): Promise<void> {
  const print = (text: string) => {
    const result = answer(knowledge, text, { lang: options.lang });
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${renderText(result)}\n\n`);
  };
  if (options.rest.length > 0) return print(options.rest.join(' '));
  for await (const line of createInterface({ input: process.stdin, terminal: false })) if (line.trim()) print(line);
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
  if (tool === 'ask') return ask(knowledge, options);
  for (const article of knowledge.articles()) process.stdout.write(`${JSON.stringify(extractArticle(knowledge, article))}\n`);
}

main().catch((error) => {
  process.stderr.write(`ERROR ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
