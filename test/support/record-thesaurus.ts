/**
 * Writes src/search/synonyms.json from the installed German thesaurus (`apt-get install mythes-de`;
 * src/search/thesaurus-source.ts says what is kept), after updating it or the analyser:
 *   npm run thesaurus:generate
 * test/search/thesaurus-source.test.ts fails while the file differs from the generation (when mythes-de is installed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/search/analyser.ts';
import { MYTHES_DE, serialiseGroups, synonymGroups } from '../../src/search/thesaurus-source.ts';

const file = fileURLToPath(new URL('../../src/search/synonyms.json', import.meta.url));
const analyser = createAnalyser();
if (!existsSync(MYTHES_DE)) {
  console.error(`${MYTHES_DE} not found: apt-get install mythes-de`);
  process.exit(1);
}
const groups = synonymGroups(readFileSync(MYTHES_DE, 'utf8'), (folded) => analyser.word(folded)?.term ?? null);
writeFileSync(file, serialiseGroups(groups));
console.log(`${groups.length} groups written to ${file}`);
