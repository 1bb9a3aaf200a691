/**
 * FACTS_VERSION cannot be forgotten: what the extractors make of a fixed sample of articles must
 * hash to the value recorded with the version, so a change of their output without a bump fails
 * here, naming the command that bumps it.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FACTS_SAMPLE_HASH, FACTS_VERSION } from '../../../src/knowledge/facts/version.ts';
import { factsSample, nextRecord, RECORD_COMMAND, sampleHash, testSentences, VERSION_FILE, versionFile } from '../../support/facts-version.ts';

describe('FACTS_VERSION', () => {
  it('is recorded with the hash of what the extractors make of the sample now', async () => {
    const hash = sampleHash(await factsSample());
    assert.equal(
      hash,
      FACTS_SAMPLE_HASH,
      `The extractors' output on the sample articles (seeds and test/support articles) changed since FACTS_VERSION ${FACTS_VERSION} was recorded, so a snapshot made by the old code would be loaded with stale facts. Run \`${RECORD_COMMAND}\`: it bumps FACTS_VERSION to ${FACTS_VERSION + 1} and records the new hash in src/knowledge/facts/version.ts (commit it). On a branch someone else merges into main, leave the bump to them (README, Layout).`,
    );
  });

  it('is the file the record command writes, so it is never edited into another shape', async () => {
    assert.equal(await readFile(VERSION_FILE, 'utf8'), versionFile({ version: FACTS_VERSION, hash: FACTS_SAMPLE_HASH }));
  });
});

describe('the facts sample', () => {
  it('holds the seeds, the test articles, seeded event reports and the sentences of the text tests, without the shared corpora', async () => {
    const articles = await factsSample();
    assert.ok(articles.length > 500);
    assert.ok(articles.filter((a) => a.id.startsWith('sentence-')).length > 400, 'the sentences of test/text');
    assert.ok(articles.some((a) => a.id === 'rathaus') && articles.some((a) => a.id === 'angriff'), 'chart and preview articles');
    assert.equal(new Set(articles.map((a) => a.id)).size, articles.length, 'no id twice');
    // the seeds' ids: "000_c0e53de7401762a9"
    const seeds = articles.filter((a) => /^\d{3}_/.test(a.id));
    assert.equal(seeds.length, 5);
    assert.ok(
      seeds.every((a) => /[/\\]corpus[/\\]/.test(a.file)),
      'the seeds come from corpus/, not ../shared',
    );
  });

  it('hashes a change of one sentence in one article to another value, and the same articles to the same', async () => {
    const few = (await factsSample()).slice(5, 8);
    assert.equal(few.length, 3);
    // a sentence added after the first one: "Die Hafenstadt … begonnen. Am 3. März 2021 trat … zurück. Bürgermeisterin …"
    const changed = few.map((a, i) => (i === 1 ? { ...a, body: a.body.replace(/\.\s/, '. Am 3. März 2021 trat Anna Petersen zurück. ') } : a));
    assert.notEqual(changed[1]!.body, few[1]!.body);
    assert.equal(sampleHash(few), sampleHash(few.map((a) => ({ ...a }))));
    assert.notEqual(sampleHash(changed), sampleHash(few));
  });
});

describe('testSentences', () => {
  it('takes each text-like string literal of the test files once, in file and text order, with its escapes read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facts-sample-'));
    await mkdir(join(dir, 'quotes'));
    const quotes = [
      "const cases = ['Er sagte: \\'Nein\\' und ging.', 'kurz', 'ohneLeerzeichenAberLangGenug'];",
      'assert.equal(speaker("Die Ministerin sagte: „Ja.“"), "Kim Jong Un");',
      "const again = 'Er sagte: \\'Nein\\' und ging.';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template with a placeholder, as a test file holds it
      'const made = `Am ${day}. März trat er zurück, sagte sie.`;',
      'const told = `Am 3. März trat er zurück.\\nDann ging er.`;',
      "// a comment quoting 'Ein Satz im Kommentar zählt nicht.'",
      '/* nor "Ein Satz im Blockkommentar, der nicht zählt." */',
      "const shape = /'Ein Ausdruck mit Anführungszeichen'/;",
    ];
    await writeFile(join(dir, 'quotes', 'a.test.ts'), quotes.join('\n'));
    await writeFile(join(dir, 'b.test.ts'), "it('reads a date', () => tag('Am 4. Mai 2021 kam er.'));");
    await writeFile(join(dir, 'helper.ts'), "const x = 'Ein Satz, der in keinem Test steht.';");
    // files by path (b.test.ts before quotes/a.test.ts); too short, without a space, a template with a placeholder, in a comment or a regular expression, or outside a test file: left out
    assert.deepEqual(await testSentences(dir), ['Am 4. Mai 2021 kam er.', "Er sagte: 'Nein' und ging.", 'Die Ministerin sagte: „Ja.“', 'Am 3. März trat er zurück.\nDann ging er.']);
  });
});

describe('nextRecord', () => {
  it('records nothing when the hash is the recorded one (running the command twice bumps once)', () => {
    assert.equal(nextRecord({ version: 6, hash: 'ab' }, 'ab'), undefined);
  });

  it('bumps the version by one with a new hash', () => {
    assert.deepEqual(nextRecord({ version: 6, hash: 'ab' }, 'cd'), { version: 7, hash: 'cd' });
  });
});
