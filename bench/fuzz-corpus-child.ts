/**
 * One broken-corpus fuzz case, run as a child process by bench/fuzz-corpus.ts: loads the folder
 * given on the command line through the bot's real path (loadKnowledge: read, parse, extract,
 * index, derive) and prints one JSON line `{ articles, warnings }` on stdout.
 */
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/bootstrap.ts';
import { createLogger } from '../src/log.ts';

const dir = parseArgs({ args: process.argv.slice(2), allowPositionals: true }).positionals[0];
if (dir === undefined) throw new Error('fuzz-corpus-child: give the corpus folder as the argument');
const warnings: string[] = [];
const logger = createLogger({ level: 'warn', write: (line) => warnings.push(line) });
const knowledge = await loadKnowledge(dir, logger);
process.stdout.write(`${JSON.stringify({ articles: knowledge.articleCount(), warnings })}\n`);
