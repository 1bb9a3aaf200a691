/**
 * Local mode: the bot as a console. Reads commands (the `/korea` prefix optional) from a stream,
 * one per line, and prints the rendered answer. Ends when the input ends.
 */
import { createInterface } from 'node:readline';
import { parseCommand } from './query/index.ts';
import { messagesFor } from './i18n/messages.ts';
import { renderDigestText, renderText } from './render/text.ts';
import type { BotCore } from './slack/core.ts';

/** The console user and channel, for the digest preview. */
const LOCAL_TARGET = { channel: 'local', user: 'local' };

/**
 * The console's answer to one line.
 * @example await consoleReply(core, "who Biegun") // "Stephen Biegun: erwähnt in 2 Artikeln. …"
 */
export async function consoleReply(core: BotCore, line: string): Promise<string> {
  const command = parseCommand(line);
  if (command.kind !== 'digest') return renderText(core.answer(line));
  if (command.args.trim() !== '' || !core.digest) return messagesFor(core.lang).digestOnlyInSlack;
  const reply = await core.digest('', LOCAL_TARGET);
  return reply.kind === 'preview' ? renderDigestText(reply.digest, core.lang) : messagesFor(core.lang).digestOnlyInSlack;
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
