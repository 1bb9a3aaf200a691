/**
 * Local mode: the bot as a console. Reads commands (the `/korea` prefix optional) from a stream,
 * one per line, and prints the rendered reply. Ends when the input ends.
 */
import { createInterface } from 'node:readline';
import { writeChartFile } from './chart-file.ts';
import { languageOf } from './core.ts';
import type { BotCore } from './core-types.ts';
import { messagesFor } from './i18n/messages.ts';
import type { Logger } from './log.ts';
import { renderReplyText } from './render/reply.ts';

/** Where the console writes charts (absent: no charts), and where it says why one is missing. */
export interface ConsoleCharts {
  dir: string;
  logger?: Pick<Logger, 'warn'>;
}

/**
 * The console's answer to one line (no Slack channel: of the digest commands only the preview
 * works); with `charts`, a timeline's or person's chart is written there and its path named.
 * @example await consoleReply(core, "who Biegun") // "Stephen Biegun: erwähnt in 2 Artikeln. …"
 * @example await consoleReply(core, "timeline 2019", { dir: "/tmp/korea-charts" }) // "… \nDiagramm: /tmp/korea-charts/chronik-2019-1a2b3c4d.png"
 */
export async function consoleReply(core: BotCore, line: string, charts?: ConsoleCharts): Promise<string> {
  const reply = await core.handle(line, { lang: languageOf(line, core.lang) });
  const text = renderReplyText(reply);
  if (!charts) return text;
  const { path, problem } = await writeChartFile(reply, charts.dir);
  if (problem) charts.logger?.warn(`chart skipped: ${problem}`);
  return path ? `${text}\n  ${messagesFor(reply.lang).chartFile(path)}` : text;
}

/**
 * Answer every line of `input` on `output`; resolves at end of input.
 * @example await runConsole(process.stdin, process.stdout, core, "korea> ", { dir: config.chartsDir })
 */
export async function runConsole(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, core: BotCore, prompt = '', charts?: ConsoleCharts): Promise<void> {
  const lines = createInterface({ input, terminal: false });
  if (prompt) output.write(prompt);
  for await (const line of lines) {
    if (line.trim()) output.write(`${await consoleReply(core, line, charts)}\n\n`);
    if (prompt) output.write(prompt);
  }
}
