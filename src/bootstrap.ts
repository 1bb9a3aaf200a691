/**
 * Shared start-up steps for the bot and the CLI: load the corpus, report skipped files, build
 * the knowledge.
 */
import { buildKnowledge, type Knowledge } from './answers/knowledge.ts';
import { loadCorpus } from './corpus/load.ts';
import type { Logger } from './log.ts';

/**
 * Load `corpusDir` and build the knowledge; warnings name each skipped file.
 * @example const knowledge = await loadKnowledge("corpus", logger)
 */
export async function loadKnowledge(corpusDir: string, logger: Logger): Promise<Knowledge> {
  const corpus = await loadCorpus(corpusDir);
  for (const warning of corpus.warnings) logger.warn(`skipped ${warning.file}: ${warning.reason}`);
  if (corpus.articles.length === 0) logger.warn(`no articles in ${corpusDir}: answers will be empty until articles are added (set CORPUS_DIR to use another folder)`);
  else logger.info(`loaded ${corpus.articles.length} articles from ${corpusDir}`);
  return buildKnowledge(corpus.articles);
}
