/**
 * Whether an article read again from the corpus (by the snapshot repair) is the one the snapshot
 * stored, whose text may no longer be readable: the same header fields and the same sentence
 * offsets (kept in a section read at load, outside the texts and facts). A file changed since the
 * start without the corpus watcher seeing it (`--live none`) differs, and must be indexed again.
 * The stored text itself is not read: it may be what cannot be read, and a failed read of a file
 * rewritten in place tells every stored article again (a whole-archive pass per article).
 * Not told apart: an edit that keeps the header and every sentence's start and end (a word
 * replaced by one of the same length).
 */
import type { Article } from '../corpus/article.ts';

/**
 * `stored` (with its sentence offsets) against `fresh` (with its own): see the file comment.
 * @example sameText(kb.article(id)!, kb.sentenceOffsetsOf(id), reread, sentenceOffsets(splitSentences(reread.body)))
 */
export function sameText(stored: Article, storedOffsets: Uint32Array | undefined, fresh: Article, freshOffsets: Uint32Array): boolean {
  if (!storedOffsets || storedOffsets.length !== freshOffsets.length) return false;
  return storedOffsets.every((offset, i) => offset === freshOffsets[i]) && sameFields(stored, fresh);
}

/** The header fields equal (the file's path may be spelled otherwise: not compared). */
function sameFields(stored: Article, fresh: Article): boolean {
  return (
    stored.title === fresh.title &&
    stored.date.value === fresh.date.value &&
    stored.date.precision === fresh.date.precision &&
    stored.url === fresh.url &&
    stored.source === fresh.source &&
    stored.author === fresh.author
  );
}
