/**
 * The sentences of every article, kept as offsets into the article text (two numbers per
 * sentence) and turned into `Sentence` objects only when asked for. Pure.
 */
import { sentenceOffsets, type Sentence } from '../text/lexicon/index.ts';

/**
 * Sentences by article id.
 * @example const store = new SentenceStore((id) => articles.get(id)?.body); store.set("a1", splitSentences(body)); store.get("a1")?.[0].text
 */
export class SentenceStore {
  /** Offsets, or the row of stored offsets (`keepRows`). */
  private readonly offsets = new Map<string, Uint32Array | number>();
  private storedAt: (row: number) => Uint32Array = () => new Uint32Array();

  /** @param bodyOf the current text of an article (the offsets point into it) */
  constructor(private readonly bodyOf: (id: string) => string | undefined) {}

  /** The article's sentences, first to last, or undefined for an unknown article. */
  get(id: string): Sentence[] | undefined {
    const offsets = this.offsetsOf(id);
    const body = offsets && this.bodyOf(id);
    if (!offsets || body === undefined) return undefined;
    const sentences: Sentence[] = new Array(offsets.length / 2);
    for (let i = 0; i < offsets.length; i += 2) sentences[i / 2] = { text: body.slice(offsets[i]!, offsets[i + 1]!), start: offsets[i]!, end: offsets[i + 1]! };
    return sentences;
  }

  /** The article's sentence offsets, `[start0, end0, start1, end1, …]`. */
  offsetsOf(id: string): Uint32Array | undefined {
    const kept = this.offsets.get(id);
    return typeof kept === 'number' ? this.storedAt(kept) : kept;
  }

  /**
   * Keep stored offsets, `ids[row]` each, as `offsetsAt(row)` gives them when asked for (a view
   * into a snapshot's section: no array per article at load). Only into an empty store.
   * @example store.keepRows(["a1"], (row) => all.subarray(starts[row], starts[row + 1]))
   */
  keepRows(ids: readonly string[], offsetsAt: (row: number) => Uint32Array): void {
    if (this.offsets.size > 0) throw new Error('stored sentences are kept before any other');
    this.storedAt = offsetsAt;
    for (let row = 0; row < ids.length; row++) this.offsets.set(ids[row]!, row);
  }

  /** Keep an article's sentences (as `Sentence` objects or as offsets). */
  set(id: string, sentences: readonly Sentence[] | Uint32Array): void {
    this.offsets.set(id, sentences instanceof Uint32Array ? sentences : sentenceOffsets(sentences));
  }

  delete(id: string): void {
    this.offsets.delete(id);
  }
}
