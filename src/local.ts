/**
 * Local mode: the bot as a console. Reads commands (the `/korea` prefix optional) from a stream,
 * one per line, and prints the rendered reply. Ends when the input ends.
 */
import { createInterface } from 'node:readline';
import { languageOf } from './core.ts';
import type { BotCore } from './core-types.ts';
import { renderReplyText } from './render/reply.ts';

/**
 * The console's answer to one line (no Slack channel: of the digest commands only the preview works).
 * @example await consoleReply(core, "who Biegun") // "Stephen Biegun: erwähnt in 2 Artikeln. …"
 */
export async function consoleReply(core: BotCore, line: string): Promise<string> {
  return renderReplyText(await core.handle(line, { lang: languageOf(line, core.lang) }));
}

/**
 * Answer every line of `input` on `output`; resolves at end of input.
 * @example await runConsole(process.stdin, process.stdout, core)
 */
export async function runConsole(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, core: BotCore, prompt = ''): Promise<void> {
  const lines = createInterface({ input, terminal: false });
  if (prompt) output.write(prompt);
  for await (const line of lines) {
    if (line.trim()) output.write(`${await consoleReply(core, line)}\n\n`);
    if (prompt) output.write(prompt);
  }
}
