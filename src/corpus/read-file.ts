/**
 * Read the bytes of one article file safely: only regular files (after following links), never
 * more than a size limit. A FIFO, a device such as /dev/zero, a folder or an oversized file
 * comes back as a reason instead of hanging the start or filling the memory.
 */
import { constants } from 'node:fs';
import { type FileHandle, lstat, open, realpath } from 'node:fs/promises';

/** Default size limit per article file (2 MiB; the largest real articles are ~12 kB). */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The file's bytes, or why they were not read. */
export type FileBytes = { bytes: Buffer } | { reason: string };

/**
 * Read `file` if it is (or links to) a regular file of at most `maxBytes` bytes. Opens with
 * O_NONBLOCK, so a FIFO is refused at once instead of waiting for a writer.
 * @example await readArticleBytes("corpus/a.txt") // { bytes: <Buffer …> }
 * @example await readArticleBytes("corpus/zero.txt") // { reason: "links to /dev/zero, which is a device, not a regular file" }
 */
export async function readArticleBytes(file: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Promise<FileBytes> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { reason: `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { reason: `${await linkNote(file)}${kindOf(info)}, not a regular file` };
    if (info.size > maxBytes) return { reason: `${info.size} bytes, ${overLimit(maxBytes)}` };
    // (one byte more than allowed, to notice a file that grew since fstat)
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) {
      n = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead;
    }
    if (length > maxBytes) return { reason: `grew while read, ${overLimit(maxBytes)}` };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await handle.close();
  }
}

function overLimit(maxBytes: number): string {
  return `more than the limit of ${maxBytes} bytes per article (raise MAX_ARTICLE_BYTES to load it)`;
}

/** "links to /dev/zero, which is " for a symbolic link, "is " otherwise. */
async function linkNote(file: string): Promise<string> {
  const link = await lstat(file).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
  const target = link ? await realpath(file).catch(() => undefined) : undefined;
  return target ? `links to ${target}, which is ` : 'is ';
}

function kindOf(info: { isFIFO(): boolean; isDirectory(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isDirectory()) return 'a folder';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'something else';
}
