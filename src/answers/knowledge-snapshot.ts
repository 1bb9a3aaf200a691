/**
 * Knowledge <-> snapshot bytes: the articles, their sentence offsets, their extracted facts, the
 * merged timeline and the packed index, so an unchanged corpus starts without reading or analysing a single article
 * again. Pure.
 */
import type { Article } from '../corpus/article.ts';
import { FACTS_VERSION, type ArticleFacts } from '../facts/extract.ts';
import { ANALYSER_VERSION, createAnalyser } from '../search/analyser.ts';
import { packSections, SnapshotError, unpackSections, type SectionData } from '../search/container.ts';
import { ArchiveIndex } from '../search/index.ts';
import type { Sentence } from '../text/sentences.ts';
import { timelineOf, type Knowledge } from './knowledge.ts';
import { decodeTimeline, encodeTimeline } from './timeline-snapshot.ts';

export { SnapshotError };

/** Bump when the snapshot layout changes. */
export const SNAPSHOT_FORMAT = 3;

/** What the snapshot header records. */
export interface SnapshotMeta {
  format: number;
  analyser: string;
  /** The extractors' version: facts from an older extractor are extracted again. */
  facts: number;
  fingerprint: string;
  /** Warnings about skipped files when the snapshot was built, to repeat them on load. */
  warnings: { file: string; reason: string }[];
  /** Number of article text chunks ("text0", "text1", …). */
  textChunks: number;
}

type ArticleMeta = Omit<Article, 'body' | 'date'> & { date: string; precision: Article['date']['precision'] };

// Article texts are stored in chunks of at most this many characters (a JS string has a limit)
const CHUNK_CHARS = 64 * 1024 * 1024;

/**
 * Encode the knowledge with the corpus fingerprint it was built from.
 * @example const chunks = encodeKnowledge(knowledge, fingerprint, [])
 */
export function encodeKnowledge(knowledge: Knowledge, fingerprint: string, warnings: SnapshotMeta['warnings']): Uint8Array[] {
  const packed = knowledge.index.pack();
  const articles = packed.docs.ids.map((id) => knowledge.articles.get(id)!);
  const metas: ArticleMeta[] = articles.map(({ body: _body, date, ...rest }) => ({ ...rest, date: date.value, precision: date.precision }));
  const encoder = new TextEncoder();
  const sections: Record<string, SectionData> = {};
  let chunk: string[] = [];
  let chunkLength = 0;
  const flush = () => {
    sections[`text${Object.keys(sections).length}`] = encoder.encode(chunk.join(''));
    chunk = [];
    chunkLength = 0;
  };
  const bodyLengths = new Uint32Array(articles.length);
  articles.forEach((article, i) => {
    if (chunkLength + article.body.length > CHUNK_CHARS && chunk.length > 0) flush();
    chunk.push(article.body);
    chunkLength += article.body.length;
    bodyLengths[i] = article.body.length;
  });
  flush();
  const meta: SnapshotMeta = { format: SNAPSHOT_FORMAT, analyser: ANALYSER_VERSION, facts: FACTS_VERSION, fingerprint, warnings, textChunks: Object.keys(sections).length };
  return packSections(meta, {
    ...sections,
    articles: encoder.encode(JSON.stringify(metas)),
    bodyLengths,
    sentences: encodeSentences(articles.map((a) => knowledge.sentences.get(a.id) ?? [])),
    facts: encoder.encode(JSON.stringify(articles.map((a) => knowledge.facts.get(a.id)))),
    timeline: encoder.encode(JSON.stringify(encodeTimeline(timelineOf(knowledge), packed.docs.ids, knowledge.facts))),
    terms: encoder.encode(packed.terms.join('\n')),
    postingOffsets: packed.postings.offsets,
    postingDocs: packed.postings.docs,
    postingTfs: packed.postings.tfs,
    titleLengths: Uint32Array.from(packed.docs.titleLengths),
    textLengths: Uint32Array.from(packed.docs.bodyLengths),
    vocabulary: encoder.encode(packed.vocabulary.map(([folded, shown]) => `${folded}\t${shown}`).join('\n')),
    lowercase: encoder.encode(packed.lowercase.join('\n')),
  });
}

/**
 * Decode a snapshot; throws SnapshotError when it is damaged, from another version, or was
 * built from a different corpus (fingerprint).
 * @example const { knowledge, warnings } = decodeKnowledge(bytes, fingerprint)
 */
export function decodeKnowledge(bytes: Uint8Array, fingerprint: string): { knowledge: Knowledge; warnings: SnapshotMeta['warnings'] } {
  const file = unpackSections(bytes);
  const meta = file.meta as SnapshotMeta;
  if (meta?.format !== SNAPSHOT_FORMAT || meta.analyser !== ANALYSER_VERSION || meta.facts !== FACTS_VERSION) throw new SnapshotError('built by another version');
  if (meta.fingerprint !== fingerprint) throw new SnapshotError('outdated (the corpus changed)');
  try {
    return { knowledge: restore(file, meta), warnings: meta.warnings };
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(`corrupt (${error instanceof Error ? error.message : String(error)})`);
  }
}

function restore(file: ReturnType<typeof unpackSections>, meta: SnapshotMeta): Knowledge {
  const metas = JSON.parse(file.text('articles')) as ArticleMeta[];
  const bodyLengths = file.uint32('bodyLengths');
  const sentenceData = file.uint32('sentences');
  const articles = new Map<string, Article>();
  const sentences = new Map<string, Sentence[]>();
  let chunkIndex = 0;
  let text = file.text('text0');
  let at = 0;
  let cursor = 0;
  metas.forEach(({ date, precision, ...rest }, i) => {
    if (at + bodyLengths[i]! > text.length) [text, at] = [file.text(`text${++chunkIndex}`), 0];
    const body = text.slice(at, (at += bodyLengths[i]!));
    const article: Article = { ...rest, date: { value: date, precision }, body };
    articles.set(article.id, article);
    const count = sentenceData[cursor++]!;
    const list: Sentence[] = new Array(count);
    for (let k = 0; k < count; k++, cursor += 2) list[k] = { text: body.slice(sentenceData[cursor]!, sentenceData[cursor + 1]!), start: sentenceData[cursor]!, end: sentenceData[cursor + 1]! };
    sentences.set(article.id, list);
  });
  if (chunkIndex + 1 !== meta.textChunks || at !== text.length) throw new SnapshotError('corrupt (article text lengths)');
  const ids = metas.map((m) => m.id);
  const factList = JSON.parse(file.text('facts')) as ArticleFacts[];
  if (factList.length !== ids.length) throw new SnapshotError('corrupt (facts)');
  const facts = new Map(ids.map((id, i) => [id, factList[i]!]));
  const vocabulary = file.text('vocabulary').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]);
  const terms = file.text('terms').split('\n');
  const postings = { offsets: file.uint32('postingOffsets'), docs: file.uint32('postingDocs'), tfs: file.uint16('postingTfs') };
  if (postings.offsets.length !== terms.length + 1 || postings.docs.length !== postings.tfs.length || postings.offsets.at(-1) !== postings.docs.length) {
    throw new SnapshotError('corrupt (postings)');
  }
  const index = ArchiveIndex.fromPacked({
    terms,
    postings,
    docs: { ids, dates: metas.map((m) => m.date), titleLengths: [...file.uint32('titleLengths')], bodyLengths: [...file.uint32('textLengths')] },
    vocabulary,
    lowercase: file.text('lowercase').split('\n').filter(Boolean),
  }, createAnalyser());
  const knowledge: Knowledge = { articles, sentences, index, facts };
  const savedTimeline = JSON.parse(file.text('timeline')) as Parameters<typeof decodeTimeline>[0] | null;
  if (savedTimeline) knowledge.timeline = decodeTimeline(savedTimeline, ids, facts);
  return knowledge;
}

function encodeSentences(lists: Sentence[][]): Uint32Array {
  const data = new Uint32Array(lists.reduce((n, list) => n + 1 + 2 * list.length, 0));
  let cursor = 0;
  for (const list of lists) {
    data[cursor++] = list.length;
    for (const s of list) {
      data[cursor++] = s.start;
      data[cursor++] = s.end;
    }
  }
  return data;
}
