/**
 * Watch the corpus folder: after a burst of file events settles (debounced), each touched
 * article file is read again and reported as an upsert, a removal (file gone) or a warning
 * (file broken). Uses fs.watch on the folder (inotify on Linux; no polling).
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Article } from './article.ts';
import { isArticleFile, loadArticleFile, type CorpusWarning, type ReadOptions } from './load.ts';
import { articleIdOf } from './parse.ts';

/** One change of the corpus. */
export type CorpusChange = { kind: 'upsert'; article: Article } | { kind: 'remove'; id: string; file: string } | { kind: 'warning'; warning: CorpusWarning };

/** A running watcher. */
export interface CorpusWatcher {
  close(): void;
}

/** Watcher settings. */
export interface WatchOptions extends ReadOptions {
  /** Quiet time after the last event before files are read (default 250 ms). */
  debounceMs?: number;
  onError?: (error: Error) => void;
}

/**
 * Call `onChanges` with the changes of `dir`'s article files (one batch at a time: a promise it
 * returns is awaited before the next batch).
 * @example const watcher = watchCorpus("corpus", (changes) => apply(changes)); watcher.close()
 */
export function watchCorpus(dir: string, onChanges: (changes: CorpusChange[]) => void | Promise<void>, options: WatchOptions = {}): CorpusWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let running = Promise.resolve();
  const flush = () => {
    const names = [...pending];
    pending.clear();
    running = running
      .then(async () => {
        const changes = await Promise.all(names.map((name) => changeOf(dir, name, options)));
        // (awaited: one batch is applied before the next is read)
        if (!closed && changes.length > 0) await onChanges(changes);
      })
      .catch((error: Error) => options.onError?.(error));
  };
  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (!name || !isArticleFile(basename(name.toString()))) return;
    pending.add(basename(name.toString()));
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 250);
  });
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}

/**
 * What happened to one file: read again, or gone. Something that is there but is no regular file
 * (a FIFO, a link to a device) is a warning.
 * @example await changeOf("corpus", "new.txt") // { kind: "upsert", article }
 */
export async function changeOf(dir: string, name: string, options: ReadOptions = {}): Promise<CorpusChange> {
  const file = join(dir, name);
  const exists = await stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
  if (!exists) return { kind: 'remove', id: articleIdOf(file), file };
  const result = await loadArticleFile(file, options);
  return 'reason' in result ? { kind: 'warning', warning: result } : { kind: 'upsert', article: result };
}
