/**
 * The archive index: a compact inverted index over article titles and bodies, updated in place
 * (upsert/remove) and packed into typed arrays for snapshots. Ranking lives in rank.ts.
 */
import type { Article } from '../corpus/article.ts';
import { createAnalyser, PART, type Analyser } from './analyser.ts';
import { TermBuckets } from './expand.ts';
import { WORD } from './fold.ts';
import { packTf, Postings, type PackedPostings } from './postings.ts';
import { rank, type RankOptions } from './rank.ts';
import { closestWords } from './typo.ts';
import type { DocTable, IndexView } from './types.ts';
import { textVariants, type PlainToken } from './variants.ts';

export type { DocTable };

// A title occurrence counts TITLE in the per-document tally, a body occurrence 1
const TITLE = 65536;

/** One ranked article. */
export interface IndexHit {
  id: string;
  score: number;
  /** Index terms that matched, for highlighting. */
  terms: string[];
}

/** Options for a query. */
export interface QueryOptions {
  /** Only articles for which this returns true. */
  filter?: (id: string) => boolean;
}

/** Everything needed to restore an index without analysing text again. */
export interface PackedIndex {
  terms: string[];
  postings: PackedPostings;
  docs: Omit<DocTable, 'alive'>;
  /** Folded word -> the word as first written, for corrections and suggestions. */
  vocabulary: [string, string][];
  /** Folded words seen in lower case. */
  lowercase: string[];
}

/**
 * A full-text index over articles, updated in place when articles change.
 * @example const index = new ArchiveIndex(articles); index.search("Kaesong")
 */
export class ArchiveIndex implements IndexView {
  readonly termIds = new Map<string, number>();
  readonly terms: string[] = [];
  readonly docs: DocTable = { ids: [], dates: [], titleLengths: [], bodyLengths: [], alive: [] };
  readonly byId = new Map<string, number>();
  /** Folded surface word -> display form. */
  readonly vocabulary = new Map<string, string>();
  /** Folded words seen starting with a lower-case letter somewhere ("fordert", not "Biegun"). */
  readonly lowercase = new Set<string>();
  /** Folded surface words by first letter, for spelling corrections. */
  readonly byInitial = new Map<string, string[]>();
  /** Whole-word terms by their first letters, for a query word's derived forms (expand.ts). */
  readonly buckets = new TermBuckets();
  postings = new Postings();
  /** Per-document work arrays reused by every query (queries run one at a time; all-zero between them). */
  private readonly buffers = new Map<string, Float64Array>();
  /** Raw word -> term numbers, so each distinct spelling is analysed and looked up once. */
  private readonly tokenTerms = new Map<string, number[]>();
  titleTotal = 0;
  bodyTotal = 0;

  constructor(
    articles: Article[] = [],
    readonly analyser: Analyser = createAnalyser(),
  ) {
    for (const article of articles) this.upsert(article);
    if (articles.length > 0) this.seal();
  }

  /** Live documents. */
  get size(): number {
    return this.byId.size;
  }

  /** Whether an article id is indexed. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Add or replace an article. */
  upsert(article: Article): void {
    const counts = new Map<number, number>();
    const titleLength = this.count(article.title, counts, TITLE);
    this.commit(article, counts, titleLength, this.count(article.body, counts, 1));
  }

  /**
   * Add or replace a long article without holding the event loop: the body is read in slices of
   * about `sliceChars` characters (cut at line breaks), yielding between them; the previous version
   * stays searchable until the new one is complete. Same postings as `upsert`.
   * @example await index.upsertInSlices(article) // a 4 MB article, Slack requests still acked meanwhile
   */
  async upsertInSlices(article: Article, sliceChars = 100_000): Promise<void> {
    const counts = new Map<number, number>();
    const titleLength = this.count(article.title, counts, TITLE);
    let bodyLength = 0;
    for (const slice of linesSlices(article.body, sliceChars)) {
      bodyLength += this.count(slice, counts, 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.commit(article, counts, titleLength, bodyLength);
  }

  /** Replace the article's postings with these counts. */
  private commit(article: Article, counts: Map<number, number>, titleLength: number, bodyLength: number): void {
    this.remove(article.id);
    const doc = this.docs.ids.length;
    for (const [term, packed] of counts) this.postings.add(term, doc, packTf(Math.floor(packed / TITLE), packed % TITLE));
    this.docs.ids.push(article.id);
    this.docs.dates.push(article.date.value);
    this.docs.titleLengths.push(titleLength);
    this.docs.bodyLengths.push(bodyLength);
    this.docs.alive.push(true);
    this.byId.set(article.id, doc);
    this.titleTotal += titleLength;
    this.bodyTotal += bodyLength;
  }

  /**
   * Index the periods an article reports on (`reportedPeriods` of its date mentions), after
   * `upsert`; an article upserted again needs them again.
   * @example index.addPeriods("a1", reportedPeriods(facts.dates))
   */
  addPeriods(id: string, periods: ReadonlyMap<string, number>): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    for (const [term, count] of periods) this.postings.add(this.termId(term), doc, packTf(0, count));
  }

  /** Remove an article, if present (its postings stay until the next pack, marked dead). */
  remove(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.docs.alive[doc] = false;
    this.byId.delete(id);
    this.titleTotal -= this.docs.titleLengths[doc]!;
    this.bodyTotal -= this.docs.bodyLengths[doc]!;
  }

  /** Number of documents containing a term (dead ones included until the next pack). */
  docFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postings.count(id);
  }

  /** Ranked hits for free text (the words only: no filters, no paging). */
  search(text: string, options: QueryOptions = {}): IndexHit[] {
    const rankOptions: RankOptions = options.filter ? { filter: options.filter } : {};
    const ranking = rank(this, text, rankOptions);
    const terms = ranking.words.map((w) => w.word.term);
    return ranking.docs.map((d) => ({ id: d.id, score: d.score, terms }));
  }

  /**
   * Ids of the live articles containing every content word of `text` as a whole word (no
   * compounds, no corrections): a fast pre-filter, e.g. for `who` on a large archive.
   * @example index.containingAll("Kim Jong-un") // ["002_bb5b…", …]
   */
  containingAll(text: string): string[] {
    let found: Set<number> | undefined;
    for (const token of this.analyser.tokens(text)) {
      const id = this.termIds.get(token.word.term);
      const docs = new Set<number>();
      if (id !== undefined)
        this.postings.forEach(id, (doc) => {
          if (!found || found.has(doc)) docs.add(doc);
        });
      found = docs;
      if (found.size === 0) return [];
    }
    return found ? [...found].filter((doc) => this.docs.alive[doc]).map((doc) => this.docs.ids[doc]!) : [];
  }

  /**
   * Closest words of the archive to each word of `text`, for "did you mean".
   * @example index.suggest("Beigun") // ["Biegun"]
   */
  suggest(text: string): string[] {
    const found = text
      .split(/[\s-]+/)
      .filter(Boolean)
      .flatMap((word) => closestWords(this, word, 3));
    return [...new Set(found)].slice(0, 5);
  }

  /** Pack postings of live documents into one base (renumbering them) and return the packed form. */
  pack(): PackedIndex {
    const renumbered: number[] = [];
    const docs: PackedIndex['docs'] = { ids: [], dates: [], titleLengths: [], bodyLengths: [] };
    this.docs.ids.forEach((id, doc) => {
      renumbered.push(this.docs.alive[doc] ? docs.ids.length : -1);
      if (!this.docs.alive[doc]) return;
      docs.ids.push(id);
      docs.dates.push(this.docs.dates[doc]!);
      docs.titleLengths.push(this.docs.titleLengths[doc]!);
      docs.bodyLengths.push(this.docs.bodyLengths[doc]!);
    });
    const postings = this.postings.pack(this.terms.length, (doc) => renumbered[doc]!);
    return { terms: [...this.terms], postings, docs, vocabulary: [...this.vocabulary], lowercase: [...this.lowercase] };
  }

  /**
   * Restore an index from its packed form (the same analyser version must have built it).
   * @example ArchiveIndex.fromPacked(index.pack())
   */
  static fromPacked(packed: PackedIndex, analyser: Analyser = createAnalyser()): ArchiveIndex {
    const index = new ArchiveIndex([], analyser);
    packed.terms.forEach((term, id) => {
      index.termIds.set(term, id);
      index.terms.push(term);
      index.buckets.add(term, id);
    });
    index.postings = new Postings(packed.postings);
    const { ids, dates, titleLengths, bodyLengths } = packed.docs;
    Object.assign(index.docs, { ids, dates, titleLengths, bodyLengths, alive: ids.map(() => true) });
    ids.forEach((id, doc) => index.byId.set(id, doc));
    index.titleTotal = titleLengths.reduce((a, b) => a + b, 0);
    index.bodyTotal = bodyLengths.reduce((a, b) => a + b, 0);
    for (const [folded, display] of packed.vocabulary) index.addWord(folded, display);
    for (const folded of packed.lowercase) index.lowercase.add(folded);
    return index;
  }

  /**
   * An all-zero array with one slot per document number, reused across queries; the caller
   * must leave it all-zero again.
   * @example const total = index.workArray("total")
   */
  workArray(name: string): Float64Array {
    const n = this.docs.ids.length;
    let buffer = this.buffers.get(name);
    if (!buffer || buffer.length < n) {
      buffer = new Float64Array(Math.max(n, 1024) * 1.25);
      this.buffers.set(name, buffer);
    }
    return buffer;
  }

  /** Move everything added so far into the packed base (after a bulk build: less memory). */
  seal(): void {
    this.postings.seal(this.terms.length);
  }

  /** Add the term counts of a text to `counts` (weight TITLE for title, 1 for body); returns its word count. */
  private count(text: string, counts: Map<number, number>, weight: number): number {
    let length = 0;
    const words = new RegExp(WORD.source, 'gu');
    const tokens: PlainToken[] = [];
    for (let match = words.exec(text); match; match = words.exec(text)) {
      const raw = match[0];
      tokens.push({ text: raw, start: match.index, end: match.index + raw.length });
      let ids = this.tokenTerms.get(raw);
      if (ids === undefined) {
        ids = this.termsOf(raw);
        this.tokenTerms.set(raw, ids);
      }
      if (ids.length === 0) continue;
      length++;
      for (let k = 0; k < ids.length; k++) counts.set(ids[k]!, (counts.get(ids[k]!) ?? 0) + weight);
    }
    // "Gaza-Streifen" -> also "gazastreif"; "tritt … zurück" -> also "zurucktret"
    for (const variant of textVariants(text, tokens, this.analyser.verbs)) {
      const term = this.analyser.word(variant.word)?.term;
      if (term) counts.set(this.termId(term), (counts.get(this.termId(term)) ?? 0) + weight);
    }
    return length;
  }

  /** Term numbers of a raw word (whole word first, then `~` parts); none for a stopword. */
  private termsOf(raw: string): number[] {
    const word = this.analyser.word(raw);
    if (!word) return [];
    if (!this.vocabulary.has(word.folded)) this.addWord(word.folded, raw);
    // "fordert", "un" in "Jong-un" -> seen in lower case: not a name
    if (raw[0] !== raw[0]!.toUpperCase()) this.lowercase.add(word.folded);
    return [this.termId(word.term), ...(word.alternatives ?? []).map((alt) => this.termId(alt)), ...word.subterms.map((sub) => this.termId(PART + sub))];
  }

  private addWord(folded: string, display: string): void {
    this.vocabulary.set(folded, display);
    const initial = folded[0]!;
    const list = this.byInitial.get(initial);
    if (list) list.push(folded);
    else this.byInitial.set(initial, [folded]);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      this.buckets.add(term, id);
    }
    return id;
  }
}

/**
 * A text cut into slices of about `size` characters at line breaks (a line longer than that is one
 * slice), so that no word and no sentence of a paragraph is split.
 * @example [...linesSlices("a\nb\nc", 2)] // ["a\n", "b\n", "c"]
 */
export function* linesSlices(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      end = nl > start ? nl + 1 : text.indexOf('\n', end) + 1 || text.length;
    }
    yield text.slice(start, end);
    start = end;
  }
}
