/**
 * `npm run fuzz [-- --commands N] [--requests N] [--seed S] [--skip-corpus]`: tries the bot as an
 * attacker or a careless colleague would, in three parts, and prints one table:
 *   - commands: generated commands through the core and every renderer (bench/fuzz-commands.ts);
 *   - requests: signed, malformed and oversized requests to the real bot process (bench/fuzz-requests.ts);
 *   - corpus: broken and pathological article files loaded in a child process (bench/fuzz-corpus.ts).
 * Exits 1 when anything crashed, answered 5xx, hung, broke an answer or leaked markup.
 * Not part of `npm test` (it takes minutes).
 */
import { parseArgs } from 'node:util';
import { fuzzCommands, type FuzzCounts } from './fuzz-commands.ts';
import { fuzzCorpus } from './fuzz-corpus.ts';
import { fuzzRequests } from './fuzz-requests.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: { commands: { type: 'string' }, requests: { type: 'string' }, seed: { type: 'string' }, 'skip-corpus': { type: 'boolean' } },
});
const option = (name: 'commands' | 'requests' | 'seed', fallback: number) => {
  const value = args[name] !== undefined ? Number(args[name]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number, got "${args[name]}"`);
  return value;
};
const seed = option('seed', Date.now() % 100_000);
const log = (line: string) => process.stderr.write(`${line}\n`);
log(`fuzz: seed ${seed} (replay with --seed ${seed})`);

const rows: Array<[string, FuzzCounts]> = [];
rows.push(['commands', await fuzzCommands(option('commands', 30_000), seed, log)]);
rows.push(['requests', await fuzzRequests(option('requests', 3_000), seed, log)]);
if (!args['skip-corpus']) {
  const corpus = await fuzzCorpus(log);
  rows.push(['corpus files', { ...corpus, broken: 0, leaks: 0, examples: [] }]);
}

process.stdout.write('| part | cases | crashes | 5xx / broken answers | leaked markup | hangs | slowest ms | slowest input |\n|---|---:|---:|---:|---:|---:|---:|---|\n');
for (const [part, c] of rows) {
  process.stdout.write(`| ${part} | ${c.cases} | ${c.crashes} | ${c.broken} | ${c.leaks} | ${c.hangs} | ${c.slowest.ms.toFixed(0)} | ${c.slowest.name.replace(/\|/g, '\\|').slice(0, 80)} |\n`);
}
const examples = rows.flatMap(([part, c]) => c.examples.map((e) => `${part}: ${e}`));
if (examples.length > 0) process.stdout.write(`\nFirst failures:\n${examples.map((e) => `- ${e}`).join('\n')}\n`);
const bad = rows.some(([, c]) => c.crashes + c.broken + c.leaks + c.hangs > 0);
process.exitCode = bad ? 1 : 0;
