/**
 * Local mode: the bot as a console. Reads commands (the `/korea` prefix optional) from a stream,
 * one per line, and prints the rendered answer. Ends when the input ends.
 */
import { createInterface } from 'node:readline';
import type { Answer } from './answers/types.ts';
import { renderText } from './render/text.ts';

/**
 * Answer every line of `input` on `output`; resolves at end of input.
 * @example await runConsole(process.stdin, process.stdout, (text) => answer(knowledge, text))
 */
export async function runConsole(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, answerFor: (text: string) => Answer, prompt = ''): Promise<void> {
  const lines = createInterface({ input, terminal: false });
  if (prompt) output.write(prompt);
  for await (const line of lines) {
    if (line.trim()) output.write(`${renderText(answerFor(line))}\n\n`);
    if (prompt) output.write(prompt);
  }
}
