/**
 * `npm run facts:version`: work out the facts sample's hash; when it is not the one recorded in
 * src/knowledge/facts/version.ts, bump FACTS_VERSION and record the new hash there (to commit).
 * Run it after changing what an extractor or a merge makes of articles; running it again changes nothing.
 * It writes only when given `--write` (the npm script passes it), so running this file by accident, e.g. as a
 * test file, reports what it would do and changes nothing.
 */
import { writeFile } from 'node:fs/promises';
import { FACTS_SAMPLE_HASH, FACTS_VERSION } from '../../src/knowledge/facts/version.ts';
import { factsSample, nextRecord, sampleHash, VERSION_FILE, versionFile } from './facts-version.ts';

const hash = sampleHash(await factsSample());
const next = nextRecord({ version: FACTS_VERSION, hash: FACTS_SAMPLE_HASH }, hash);
if (next === undefined) {
  console.log(`FACTS_VERSION ${FACTS_VERSION} is up to date (sample hash ${hash.slice(0, 12)}…): nothing written`);
} else if (!process.argv.includes('--write')) {
  console.log(`FACTS_VERSION ${FACTS_VERSION} would become ${next.version} (sample hash ${hash.slice(0, 12)}…); nothing written without --write (npm run facts:version)`);
} else {
  await writeFile(VERSION_FILE, versionFile(next));
  console.log(`FACTS_VERSION ${FACTS_VERSION} -> ${next.version}, sample hash ${FACTS_SAMPLE_HASH.slice(0, 12)}… -> ${hash.slice(0, 12)}…: written to src/knowledge/facts/version.ts, commit it`);
}
