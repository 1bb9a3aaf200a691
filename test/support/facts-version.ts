/**
 * What FACTS_VERSION (src/knowledge/facts/version.ts) is checked against: a fixed sample of
 * articles (the seeds in corpus/, the articles written for the tests, and every sentence the text
 * analysers' tests are written with; never ../shared, which CI may lack), and a hash of everything
 * a snapshot keeps that the extractors make of them (the timeline and directory in a fixed plain form). When the hash moves, a snapshot made by the
 * old code would load stale facts: FACTS_VERSION must go up. `npm run facts:version`
 * (record-facts-version.ts) writes the new pair; test/knowledge/facts/version.test.ts fails until
 * it has.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { parseDate } from '../../src/corpus/parse.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { directoryRows, timelineRows } from './saved-forms.ts';
import { chartTestArticles } from './chart-articles.ts';
import { eventArticle, seeded, stories } from './event-articles.ts';
import { previewArticles } from './preview-corpus.ts';
import type { FakeArticle } from './temp-corpus.ts';

/** The file `npm run facts:version` writes. */
export const VERSION_FILE = fileURLToPath(new URL('../../src/knowledge/facts/version.ts', import.meta.url));

/** The command that bumps FACTS_VERSION and records the sample's hash. */
export const RECORD_COMMAND = 'npm run facts:version';

/** Seeded event reports in the sample: enough for reports of several articles to merge. */
const EVENT_ARTICLES = 60;

/** The text analysers' tests, whose sentences are in the sample. */
const TEXT_TESTS = fileURLToPath(new URL('../text', import.meta.url));

/** The date the test sentences are read as written on (relative dates resolve against it). */
const SENTENCE_DATE = '2020-06-15';

/**
 * A literal that reads like text: 20 characters or more, a space and a capital, no template
 * placeholder ("Der Maler ist 1901 gestorben.", not "Am ${day}. März trat er zurück.").
 */
const TEXT_LIKE = /^(?!.*\$\{)(?=.*\s)(?=.*\p{Lu}).{20,}$/su;

/** A version and the sample hash recorded for it. */
export interface FactsRecord {
  version: number;
  hash: string;
}

/**
 * The sample: the seeds, the chart and preview articles, seeded event reports, and each text-like
 * string of the text analysers' tests as an article of its own, in that order.
 * @example (await factsSample()).length // 2063
 */
export async function factsSample(textTests = TEXT_TESTS): Promise<Article[]> {
  const seeds = (await loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url)))).articles;
  const next = seeded(2026);
  const told = stories(next, 40);
  const events = Array.from({ length: EVENT_ARTICLES }, (_, i) => eventArticle(next, told, `event-${i}`));
  const sentences = (await testSentences(textTests)).map((body, i) => asArticle({ id: `sentence-${i}`, date: SENTENCE_DATE, body }));
  return [...seeds, ...[...chartTestArticles, ...previewArticles()].map(asArticle), ...events, ...sentences];
}

/**
 * The text-like string literals of the test files under `dir` (files by path, literals in order, each once):
 * the sentences the extractors' rules were written and checked with. Only what the code holds counts,
 * not a quoted string in a comment, so editing a comment never moves the sample.
 * @example await testSentences("test/text") // ["Das Haus des 1901 gestorbenen Malers steht leer.", …]
 */
export async function testSentences(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.test.ts')).sort();
  const found = new Set<string>();
  for (const file of files) {
    for (const text of stringLiterals(await readFile(join(dir, file), 'utf8'))) if (TEXT_LIKE.test(text)) found.add(text);
  }
  return [...found];
}

/**
 * The string literals of a TypeScript source in text order, as the program holds them (escapes read,
 * "Er sagte: \"Ja\"" -> Er sagte: "Ja"), by the TypeScript parser: quoted strings and templates
 * without a placeholder; templates with one, comments and regular expressions are no literals.
 * @example stringLiterals("f('Am 3. März'); // 'kein Satz'") // ["Am 3. März"]
 */
function stringLiterals(source: string): string[] {
  const file = ts.createSourceFile('literals.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A test article as the corpus loader would read it (its title, when it has none, is its id: titles are not extracted from). */
function asArticle(fake: FakeArticle): Article {
  return { id: fake.id, title: fake.title ?? fake.id, date: parseDate(fake.date), body: fake.body, file: `${fake.id}.md`, ...(fake.url ? { url: fake.url } : {}) };
}

/**
 * sha256 of what a snapshot keeps that the extractors make of `articles`: every article's sentence
 * offsets and facts, the merged timeline and the people directory as saved.
 * @example sampleHash(await factsSample()) // "3f1c…" (64 hex digits)
 */
export function sampleHash(articles: readonly Article[]): string {
  const knowledge = buildKnowledge([...articles]);
  const ids = articles.map((a) => a.id);
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  const perArticle = ids.map((id) => [id, Array.from(knowledge.sentenceOffsetsOf(id) ?? []), knowledge.factsOf(id) ?? null]);
  // (timeline and directory in one fixed form, not the snapshot's layout: see saved-forms.ts)
  const saved = [perArticle, timelineRows(knowledge.timeline(), numberOf), directoryRows(knowledge.directory(), numberOf)];
  return createHash('sha256').update(JSON.stringify(saved)).digest('hex');
}

/**
 * The pair to record for `hash`: nothing when it is the recorded one, else the next version.
 * @example nextRecord({ version: 6, hash: "ab…" }, "cd…") // { version: 7, hash: "cd…" }
 */
export function nextRecord(recorded: FactsRecord, hash: string): FactsRecord | undefined {
  return hash === recorded.hash ? undefined : { version: recorded.version + 1, hash };
}

/**
 * The text of src/knowledge/facts/version.ts for a record.
 * @example versionFile({ version: 7, hash: "cd…" }) // "/**\n * The extractors' version …"
 */
export function versionFile(record: FactsRecord): string {
  return `/**
 * The extractors' version. A snapshot records it, and one made by another version is built again
 * instead of loaded with stale facts. Written by \`${RECORD_COMMAND}\` (test/support/facts-version.ts),
 * not by hand: test/knowledge/facts/version.test.ts fails when what the extractors make of a fixed
 * sample of articles no longer has the hash recorded here; that command then bumps the version and
 * records the new hash.
 */

/** Bumped whenever the extractors' output changes, so snapshots made by the old code are rebuilt. */
export const FACTS_VERSION = ${record.version};

/** sha256 of the sample's sentences, facts, timeline and directory at FACTS_VERSION (\`sampleHash\` in test/support/facts-version.ts). */
export const FACTS_SAMPLE_HASH = '${record.hash}';
`;
}
