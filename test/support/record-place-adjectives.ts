/**
 * Writes src/search/place-adjectives.json from the packages it is derived from (dictionary-de,
 * i18n-iso-countries; src/search/place-adjectives.ts), after updating either of them:
 *   npx tsx test/support/record-place-adjectives.ts
 * test/search/place-adjectives.test.ts fails while the file differs from the derivation.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derivedFromPackages } from '../../src/search/place-adjectives.ts';

const file = fileURLToPath(new URL('../../src/search/place-adjectives.json', import.meta.url));
const pairs = derivedFromPackages();
writeFileSync(file, `${JSON.stringify(pairs)}\n`);
console.log(`${pairs.length} pairs written to ${file}`);
