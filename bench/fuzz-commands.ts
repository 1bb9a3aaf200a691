/**
 * Fuzzing the answers: generated commands (command words, names, dates and ranges, paging, mention
 * and broadcast markup, unicode and control characters, very long input) go through the core as
 * Slack and the console would send them, and every answer is rendered for Slack, the terminal and
 * JSON. Counted: crashes (an exception), broken answers (a message Slack would reject, a button
 * that does not decode) and leaked markup (`<!channel>` and the like, live in the output).
 *   tsx bench/fuzz-commands.ts [--count N] [--seed S]
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { answer as answerText } from '../src/answers/answer.ts';
import { messageProblems } from '../src/render/check-message.ts';
import { renderSlack } from '../src/render/slack.ts';
import { renderText } from '../src/render/text.ts';
import { randomSource, type Random } from './fuzz-random.ts';

/** What one fuzz part found. */
export interface FuzzCounts {
  cases: number;
  crashes: number;
  /** Broken answers (commands) or 5xx answers (requests). */
  broken: number;
  leaks: number;
  hangs: number;
  slowest: { name: string; ms: number };
  /** The first few failures, for the operator to reproduce. */
  examples: string[];
}

const WORDS = ['who', 'wer', 'wer ist', 'timeline', 'chronik', 'help', 'hilfe', 'digest', 'mehr', 'more', 'und', 'was geschah im', 'was passierte', 'page', 'seite', '/korea', 'bitte', 'hey,'];
const NAMES = ['Biegun', 'Kim Jong Un', 'Kim Jong-un', 'Moon Jae-in', 'Trump', 'Kim', 'Choe Son Hui', 'Merkel', 'Xyzzy', "O'Brien", 'Müller-Lüdenscheidt'];
const TOPICS = ['Kaesong', 'Verbindungsbüro', 'Sanktionen', 'Atomgespräche', 'Gipfel Hanoi', 'Nordkorea', 'Südkorea', 'USA', 'Raketentest'];
const DATES = [
  '2020',
  '2019-07',
  '2018..2020',
  '2020..2018',
  '20x0',
  '0000',
  '99999',
  '-1',
  '2020-13',
  '2020-00-00',
  'Juli 2020',
  'Ende Februar',
  '1953',
  '2019 bis 2021',
  '2021-',
  '..',
  'page 0',
  'page 1001',
  'seite 2',
  'page 99999999999999999999',
];
const MARKUP = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U1>',
  '<@U1|bob>',
  '<#C1|general>',
  '<!subteam^S1|team>',
  '&lt;!channel&gt;',
  '*bold*',
  '`code`',
  '```block```',
  '<http://evil.example|klick>',
  '> quote',
  '~strike~',
];
// biome-ignore lint/suspicious/noTemplateCurlyInString: '${x}' is a fuzz input, not a template
const ODD = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u200b',
  '\u200e',
  '\u202e',
  '\ufeff',
  '\ud83c\uddf0\ud83c\uddf7',
  '\ud800',
  '\u0301\u0301\u0301',
  'ß',
  'ǅ',
  '한국어',
  'عربى',
  '\n',
  '\t',
  '\\',
  '"',
  "'",
  '%s',
  '${x}',
  '__proto__',
  'constructor',
  'toString',
];

/**
 * One generated command.
 * @example generateCommand(randomSource(1)) // e.g. "wer ist <!channel> 2020..2018"
 */
export function generateCommand(random: Random): string {
  const parts: string[] = [];
  const length = random.int(1, 6);
  for (let i = 0; i < length; i++) {
    const pool = random.pick([WORDS, NAMES, TOPICS, DATES, MARKUP, ODD, NAMES, TOPICS]);
    parts.push(random.pick(pool));
  }
  let text = parts.join(random.pick([' ', ' ', ' ', '', '  ', ',', '\u00a0']));
  const twist = random.int(0, 19);
  if (twist === 0) text = text.repeat(random.int(50, 400));
  else if (twist === 1) text = `${text} ${random.pick(ODD).repeat(random.int(100, 2000))}`;
  else if (twist === 2) text = `<@U${random.int(1, 9)}|${'<@A|'.repeat(random.int(100, 5000))}`;
  else if (twist === 3) text = text.toUpperCase();
  return text;
}

/**
 * Run `count` generated commands through the core and the renderers.
 * @example await fuzzCommands(10000, 1, console.log)
 */
export async function fuzzCommands(count: number, seed: number, log: (line: string) => void): Promise<FuzzCounts> {
  const { articles } = await loadCorpus('corpus');
  if (articles.length === 0) throw new Error('fuzz: corpus/ has no articles');
  const knowledge = buildKnowledge(articles);
  const random = randomSource(seed);
  const counts: FuzzCounts = { cases: 0, crashes: 0, broken: 0, leaks: 0, hangs: 0, slowest: { name: '', ms: 0 }, examples: [] };
  const fail = (what: string, input: string, detail: string) => {
    if (counts.examples.length < 10) counts.examples.push(`${what}: ${JSON.stringify(input.slice(0, 120))} -> ${detail}`);
  };
  for (let i = 0; i < count; i++) {
    const input = generateCommand(random);
    counts.cases++;
    const started = performance.now();
    try {
      const answer = answerText(knowledge, input, { lang: random.pick(['de', 'en'] as const) });
      const problems = messageProblems(renderSlack(answer, { share: true }));
      renderText(answer);
      JSON.stringify(answer);
      const leaks = problems.filter((p) => p.startsWith('live markup'));
      if (leaks.length > 0) {
        counts.leaks++;
        fail('leak', input, leaks[0]!);
      }
      if (problems.length > leaks.length) {
        counts.broken++;
        fail('broken', input, problems.find((p) => !p.startsWith('live markup'))!);
      }
    } catch (error) {
      counts.crashes++;
      fail('crash', input, error instanceof Error ? error.message : String(error));
    }
    const ms = performance.now() - started;
    if (ms > counts.slowest.ms) counts.slowest = { name: JSON.stringify(input.slice(0, 80)) + (input.length > 80 ? ` (${input.length} chars)` : ''), ms };
    if ((i + 1) % 5000 === 0) log(`commands: ${i + 1}/${count}`);
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { count: { type: 'string' }, seed: { type: 'string' } } });
  const counts = await fuzzCommands(Number(values.count ?? 20000) || 20000, Number(values.seed ?? 1) || 1, (l) => process.stderr.write(`${l}\n`));
  process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
}
