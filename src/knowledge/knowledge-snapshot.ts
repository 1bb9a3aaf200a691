/**
 * Knowledge <-> snapshot bytes: the articles, their sentence offsets, their packed facts, the
 * merged timeline, the people directory, the date order and the packed index, so an unchanged
 * corpus starts without reading or analysing a single article again. Article texts, sentences and
 * facts stay encoded in the snapshot's bytes and are decoded when an answer reads them. Pure.
 */
import type { Article } from '../corpus/article.ts';
import { FACTS_VERSION } from './facts/version.ts';
import { ANALYSER_VERSION } from '../search/analyser.ts';
import { analyserFromTables, packAnalyserTables } from '../search/analyser-tables.ts';
import { asSnapshotError, batched, offsetsOf, packSections, SnapshotError, unpackSections, type ByteSource, type SectionReader } from './container.ts';
import { ArchiveIndex } from '../search/index.ts';
import { decodeDirectory, encodeDirectory, savedDirectoryOf, type SavedDirectory } from './directory-snapshot.ts';
import { KnowledgeBase } from './knowledge-base.ts';
import { DateOrder } from './date-order.ts';
import { checkStrings } from './string-tables.ts';
import { decodeTimeline, encodeTimeline, savedTimelineOf, type SavedTimeline } from './timeline-snapshot.ts';

export { SnapshotError };

/** Bump when the snapshot layout changes. */
export const SNAPSHOT_FORMAT = 8;

/** What the snapshot header records. */
export interface SnapshotMeta {
  format: number;
  analyser: string;
  /** The extractors' version: facts from an older extractor are extracted again. */
  facts: number;
  fingerprint: string;
  /** Warnings about skipped files when the snapshot was built, to repeat them on load. */
  warnings: { file: string; reason: string }[];
}

/** The article fields a snapshot keeps only when the article has them. */
const OPTIONAL_FIELDS = ['url', 'source', 'author'] as const;
type Optional = Pick<Article, (typeof OPTIONAL_FIELDS)[number]>;
/** (does not compile when Article gains a field that `restore` below does not copy) */
const everyFieldRestored: Exclude<keyof Article, 'id' | 'title' | 'file' | 'date' | 'body' | keyof Optional> extends never ? true : false = true;
void everyFieldRestored;

/**
 * The article list as columns, row n for article number n (strings only: parsed about twice as
 * fast as one object per article, and no object made before an article is asked for).
 */
interface ArticleColumns {
  ids: string[];
  titles: string[];
  files: string[];
  dates: string[];
  precisions: Article['date']['precision'][];
  /** Rows with an optional field, and those fields. */
  optional: [row: number, fields: Optional][];
}

/** The articles as columns. */
function articleColumns(articles: readonly Article[]): ArticleColumns {
  const columns: ArticleColumns = { ids: [], titles: [], files: [], dates: [], precisions: [], optional: [] };
  for (const [row, article] of articles.entries()) {
    columns.ids.push(article.id);
    columns.titles.push(article.title);
    columns.files.push(article.file);
    columns.dates.push(article.date.value);
    columns.precisions.push(article.date.precision);
    const optional: Optional = {};
    for (const key of OPTIONAL_FIELDS) if (article[key] !== undefined) optional[key] = article[key];
    if (Object.keys(optional).length > 0) columns.optional.push([row, optional]);
  }
  return columns;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Encode the knowledge with the corpus fingerprint it was built from, as chunks made one after
 * another while they are written (a large archive never has its whole snapshot in memory).
 * @example await writeSnapshotFile(dataDir, encodeKnowledge(knowledge, fingerprint, []))
 */
export function encodeKnowledge(knowledge: KnowledgeBase, fingerprint: string, warnings: SnapshotMeta['warnings']): Iterable<Uint8Array> {
  const packed = knowledge.packIndex();
  const ids = packed.docs.ids;
  const articles = ids.map((id) => knowledge.article(id)!);
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  const meta: SnapshotMeta = { format: SNAPSHOT_FORMAT, analyser: ANALYSER_VERSION, facts: FACTS_VERSION, fingerprint, warnings };
  // (everything is taken now: the knowledge may change while the chunks are written)
  const textOffsets = new Uint32Array(ids.length + 1);
  const facts = ids.map((id) => knowledge.packedFactsOf(id) ?? new Uint8Array());
  const sentences = ids.map((id) => knowledge.sentenceOffsetsOf(id) ?? new Uint32Array());
  const [byDate, timeline, directory] = [knowledge.idsByDate(), knowledge.timeline(), knowledge.directory()];
  // (each packed when its first section is written, dropped with the chunks)
  let savedTimeline: SavedTimeline | undefined;
  let savedDirectory: SavedDirectory | undefined;
  return packSections(meta, {
    articles: () => encoder.encode(JSON.stringify(articleColumns(articles))),
    texts: () => batched(encodedTexts(articles, textOffsets)),
    textOffsets: () => textOffsets,
    facts: () => batched(facts),
    factOffsets: () => offsetsOf(facts),
    sentences: () => batched(sentences.map((s) => new Uint8Array(s.buffer, s.byteOffset, s.byteLength))),
    sentenceOffsets: () => offsetsOf(sentences),
    byDate: () => Uint32Array.from(byDate, (id) => numberOf.get(id)!),
    timeline: () => encoder.encode(JSON.stringify((savedTimeline ??= encodeTimeline(timeline, numberOf)).strings)),
    timelineNumbers: () => savedTimeline!.numbers,
    directory: () => encoder.encode(JSON.stringify((savedDirectory ??= encodeDirectory(directory, numberOf)).strings)),
    directoryNumbers: () => savedDirectory!.numbers,
    terms: () => encoder.encode(packed.terms.join('\n')),
    postingOffsets: () => packed.postings.offsets,
    postingDocs: () => packed.postings.docs,
    postingTfs: () => packed.postings.tfs,
    titleLengths: () => Uint32Array.from(packed.docs.titleLengths),
    textLengths: () => Uint32Array.from(packed.docs.bodyLengths),
    vocabulary: () => encoder.encode(packed.vocabulary.map(([folded, shown]) => `${folded}\t${shown}`).join('\n')),
    lowercase: () => encoder.encode(packed.lowercase.join('\n')),
    analyser: () => encoder.encode(packAnalyserTables(knowledge.analyser())),
  });
}

/** The articles' texts as UTF-8, one at a time, noting where each ends in `offsets`. */
function* encodedTexts(articles: readonly Article[], offsets: Uint32Array): Generator<Uint8Array> {
  for (const [i, article] of articles.entries()) {
    const bytes = encoder.encode(article.body);
    offsets[i + 1] = offsets[i]! + bytes.length;
    yield bytes;
  }
}

/**
 * Told when article texts or facts kept in the snapshot cannot be read: the error, and the ids of
 * the articles still read from the snapshot that it leaves unreadable (those stored in a damaged
 * block; every one when the file itself can no longer be read: rewritten in place, an I/O error).
 */
export type OnUnreadable = (error: SnapshotError, ids: readonly string[]) => void;

/**
 * Decode a snapshot, from its bytes or from the file read piece by piece; throws SnapshotError
 * when it is damaged, from another version, or was built from a different corpus (fingerprint).
 * Read and checked now: the article list, the search index, the sentence offsets and the date
 * order. Left in the source and read when needed: the article texts and facts (each 64 KiB
 * block checked when first read: damaged bytes throw a SnapshotError, never reach an answer),
 * the timeline and the people directory (decoded on first use; `knowledge.warmUp()` decodes them
 * now; should that fail, `onLateError` is told and they are merged again from the facts).
 * A text or facts that cannot be read throws its SnapshotError after telling `onUnreadable`.
 * `checkAll` checks what has not been read yet, in steps: a damaged block of texts or facts is
 * told to `onUnreadable` and the check goes on; a file that can no longer be read is told and
 * ends the check; damage elsewhere throws.
 * @example const { knowledge, warnings } = decodeKnowledge(bytes, fingerprint)
 */
export function decodeKnowledge(
  input: Uint8Array | ByteSource,
  fingerprint: string,
  onLateError: (error: SnapshotError) => void = () => {},
  onUnreadable: OnUnreadable = () => {},
): { knowledge: KnowledgeBase; warnings: SnapshotMeta['warnings']; checkAll: () => Generator<void> } {
  try {
    // (a source that cannot be read is a SnapshotError too, "unreadable (…)": the start rebuilds)
    const file = unpackSections(input);
    const meta = file.meta as SnapshotMeta;
    if (meta?.format !== SNAPSHOT_FORMAT || meta.analyser !== ANALYSER_VERSION || meta.facts !== FACTS_VERSION) throw new SnapshotError('built by another version');
    if (meta.fingerprint !== fingerprint) throw new SnapshotError('outdated (the corpus changed)');
    const { knowledge, unreadable } = restore(file, onLateError, onUnreadable);
    return { knowledge, warnings: meta.warnings, checkAll: () => checkTelling(file, unreadable, onUnreadable) };
  } catch (error) {
    throw asSnapshotError(error, (message) => `corrupt (${message})`);
  }
}

/** `file.checkAll`, telling `onUnreadable` of unreadable texts or facts (see `decodeKnowledge`). */
function* checkTelling(file: ReturnType<typeof unpackSections>, unreadable: (error: SnapshotError) => string[] | undefined, onUnreadable: OnUnreadable): Generator<void> {
  for (;;) {
    try {
      return yield* file.checkAll();
    } catch (error) {
      const ids = error instanceof SnapshotError ? unreadable(error) : undefined;
      if (!ids) throw error;
      onUnreadable(error as SnapshotError, ids);
      // (a damaged block is skipped when checking on; a file that cannot be read is not checked further)
      if (!(error as SnapshotError).block) return;
    }
  }
}

function restore(
  file: ReturnType<typeof unpackSections>,
  onLateError: (error: SnapshotError) => void,
  onUnreadable: OnUnreadable,
): { knowledge: KnowledgeBase; unreadable: (error: SnapshotError) => string[] | undefined } {
  const columns = JSON.parse(file.text('articles')) as ArticleColumns;
  const { ids, titles, files, dates, precisions } = columns;
  if (![titles, files, dates, precisions].every((column) => column?.length === ids?.length)) throw new SnapshotError('corrupt (article list)');
  const optional = new Map(checkedArticleColumns(columns));
  const offsets = { texts: file.uint32('textOffsets'), facts: file.uint32('factOffsets') };
  // (an article counts while it is still the snapshot's: not replaced or removed since, whether made into an object yet or not)
  const unreadable = (error: SnapshotError) => unreadableArticles(error, offsets, (i) => knowledge.isStoredRow(ids[i]!, i))?.map((i) => ids[i]!);
  const fail = (error: unknown): never => {
    const failure = asSnapshotError(error, (message) => `unreadable (${message})`);
    onUnreadable(failure, unreadable(failure) ?? []);
    throw failure;
  };
  const texts = piecesOf(file.reader('texts'), offsets.texts, ids.length, 'article texts', fail);
  const facts = piecesOf(file.reader('facts'), offsets.facts, ids.length, 'facts', fail);
  const sentences = sliced(file.uint32('sentences'), file.uint32('sentenceOffsets'), ids.length, 'sentences');
  const vocabulary = file
    .text('vocabulary')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string]);
  const terms = file.text('terms').split('\n');
  const postings = { offsets: file.uint32('postingOffsets'), docs: file.uint32('postingDocs'), tfs: file.uint16('postingTfs') };
  if (postings.offsets.length !== terms.length + 1 || postings.docs.length !== postings.tfs.length || postings.offsets.at(-1) !== postings.docs.length) {
    throw new SnapshotError('corrupt (postings)');
  }
  const index = ArchiveIndex.fromPacked(
    {
      terms,
      postings,
      docs: { ids, dates, titleLengths: [...file.uint32('titleLengths')], bodyLengths: [...file.uint32('textLengths')] },
      vocabulary,
      lowercase: file.text('lowercase').split('\n').filter(Boolean),
    },
    // (the word tables the index was analysed with, saved with it: no dictionary parsed at start)
    analyserFromTables(file.text('analyser')),
  );
  const knowledge = new KnowledgeBase(index);
  // an article is made when first asked for (an answer citing it, the date order); its text is read
  // from the snapshot and decoded each time it is read (rarely: passages, sources, phrase checks)
  const articleAt = (row: number): Article => {
    const article: Article = {
      id: ids[row]!,
      title: titles[row]!,
      file: files[row]!,
      date: { value: dates[row]!, precision: precisions[row]! },
      get body() {
        return decoder.decode(texts(row));
      },
    };
    return Object.assign(article, optional.get(row));
  };
  knowledge.addStored(ids, articleAt, sentences, facts, (row) => dates[row]!);
  const byDate = file.uint32('byDate');
  if (byDate.length !== ids.length || !isPermutation(byDate)) throw new SnapshotError('corrupt (date order)');
  if (!file.has('timeline') || !file.has('timelineNumbers') || !file.has('directory') || !file.has('directoryNumbers')) throw new SnapshotError('corrupt (timeline or people directory missing)');
  knowledge.restoreDerived(
    () => DateOrder.fromRows(byDate, ids, dates),
    late('timeline', () => decodeTimeline(savedTimelineOf(file.text('timeline'), file.uint32('timelineNumbers')), ids)),
    late('people directory', () => decodeDirectory(savedDirectoryOf(file.text('directory'), file.uint32('directoryNumbers')), ids)),
    (error) => onLateError(asSnapshotError(error, (message) => `corrupt (${message})`)),
  );
  return { knowledge, unreadable };
}

/**
 * Whether `rows` holds each of 0..rows.length - 1 once (a date order names every article once).
 * @example isPermutation(Uint32Array.of(2, 0, 1)) // true; isPermutation(Uint32Array.of(0, 0, 1)) // false
 */
function isPermutation(rows: Uint32Array): boolean {
  const seen = new Uint8Array(rows.length);
  for (const row of rows) {
    if (row >= rows.length || seen[row] === 1) return false;
    seen[row] = 1;
  }
  return true;
}

/**
 * The optional fields of a snapshot's article list, after checking that every column holds
 * strings (each row's optional fields too: a number where a title belongs would fail at answer
 * time, not at load). Throws a SnapshotError "corrupt (article list: …)".
 */
function checkedArticleColumns(columns: ArticleColumns): ArticleColumns['optional'] {
  try {
    for (const key of ['ids', 'titles', 'files', 'dates', 'precisions'] as const) checkStrings(columns[key], key);
    if (!Array.isArray(columns.optional)) throw new Error('optional fields: not a list');
    for (const row of columns.optional) {
      const [at, fields] = Array.isArray(row) ? row : [];
      const fits = typeof at === 'number' && at >= 0 && at < columns.ids.length && typeof fields === 'object' && fields !== null;
      if (!fits || !Object.values(fields).every((value) => typeof value === 'string')) throw new Error(`optional fields of row ${at}`);
    }
    return columns.optional;
  } catch (error) {
    throw asSnapshotError(error, (message) => `corrupt (article list: ${message})`);
  }
}

/**
 * The numbers of the articles still read from the snapshot (`stored`) that an error leaves
 * without their text or facts: those whose bytes (`offsets[i]..offsets[i + 1]`) touch a damaged
 * block of `texts` or `facts`; every one when the file itself could not be read (`unreadable`);
 * undefined for any other error (a damaged block of another section).
 * @example unreadableArticles(new SnapshotError("…", { section: "texts", start: 0, end: 65536 }), offsets, stored) // [0, 1, 2]
 */
function unreadableArticles(error: SnapshotError, offsets: Record<'texts' | 'facts', Uint32Array>, stored: (i: number) => boolean): number[] | undefined {
  const count = offsets.texts.length - 1;
  const block = error.block;
  if (block ? block.section !== 'texts' && block.section !== 'facts' : !error.unreadable) return undefined;
  const at = block && offsets[block.section as 'texts' | 'facts'];
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    // (an empty piece at the block's start is read from the block too)
    const touches = !at || (at[i]! < block.end && (at[i + 1]! > block.start || at[i] === block.start));
    if (touches && stored(i)) numbers.push(i);
  }
  return numbers;
}

/** A section decoded later, whose failure is a SnapshotError naming it ("section timeline: checksum mismatch …", "corrupt (timeline: …)"). */
function late<T>(what: string, decode: () => T): () => T {
  return () => {
    try {
      return decode();
    } catch (error) {
      throw asSnapshotError(error, (message) => `corrupt (${what}: ${message})`);
    }
  };
}

/** A function reading piece i of `count` pieces stored end to end in a section, `offsets[i]..offsets[i + 1]`; a read that fails is handed to `fail`. */
function piecesOf(section: SectionReader, offsets: Uint32Array, count: number, what: string, fail: (error: unknown) => never): (i: number) => Uint8Array {
  if (offsets.length !== count + 1 || offsets[count] !== section.length || offsets.some((end, i) => i > 0 && end < offsets[i - 1]!)) throw new SnapshotError(`corrupt (${what})`);
  return (i) => {
    try {
      return section.read(offsets[i]!, offsets[i + 1]!);
    } catch (error) {
      return fail(error);
    }
  };
}

/** Element i of `count` arrays stored end to end, `offsets[i]..offsets[i + 1]` (as `offsetsOf` counts them, src/knowledge/container.ts). */
function sliced<T extends Uint8Array | Uint32Array>(all: T, offsets: Uint32Array, count: number, what: string): (i: number) => T {
  if (offsets.length !== count + 1 || offsets[count] !== all.length) throw new SnapshotError(`corrupt (${what})`);
  return (i) => all.subarray(offsets[i]!, offsets[i + 1]!) as T;
}
