import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadArticleFile } from '../../src/corpus/load.ts';
import { corporaDir } from '../../eval/corpus-file.ts';
import { GATED_SPLITS, type GoldEvent, LOOKED_AT_SPLITS, openedSplits, parseGold } from '../../eval/events-gold.ts';

const line = (split: string, article = 'a') => JSON.stringify({ article, split, sentence: 'Am Montag', date: '2020-01-06', precision: 'day', status: 'happened' });
const sample = ['dev', 'heldout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7'].map((split) => line(split)).join('\n');
const splitsOf = (gold: GoldEvent[]) => gold.map((g) => g.split);

describe('openedSplits', () => {
  it('opens no gated split without a flag', () => {
    assert.deepEqual(openedSplits([]), []);
    assert.deepEqual(openedSplits(['--verbose', '../corpora']), []);
  });

  it('opens each gated split by its own flag, and only that one', () => {
    assert.deepEqual(openedSplits(['--blind2']), ['blind2']);
    assert.deepEqual(openedSplits(['--blind3']), ['blind3']);
    assert.deepEqual(openedSplits(['--blind4']), ['blind4']);
    assert.deepEqual(openedSplits(['--blind5']), ['blind5']);
    assert.deepEqual(openedSplits(['--blind3', '--verbose', '--blind2']), ['blind2', 'blind3']);
    assert.deepEqual(openedSplits(['--blind4', '--blind2']), ['blind2', 'blind4']);
    assert.deepEqual(openedSplits(['--blind5', '--verbose']), ['blind5']);
    assert.deepEqual(openedSplits(['--blind6']), ['blind6']);
    assert.deepEqual(openedSplits(['--blind6', '--verbose', '--blind5']), ['blind5', 'blind6']);
    assert.deepEqual(openedSplits(['--blind7']), ['blind7']);
    assert.deepEqual(openedSplits(['--blind7', '--verbose', '--blind6']), ['blind6', 'blind7']);
  });

  it('does not open a split by a flag that only resembles its name', () => {
    assert.deepEqual(openedSplits(['--blind', 'blind3', '--blind33', '--Blind3', 'blind4', '--blind44', 'blind5', '--blind55', '--blind-5', 'blind6', '--blind66', '--Blind6', '--blind6=1']), []);
    assert.deepEqual(openedSplits(['blind7', '--blind77', '--Blind7', '--blind7=1', '--blind-7']), []);
  });
});

describe('parseGold', () => {
  it('drops every gated split that is not opened and keeps dev, heldout and blind', () => {
    assert.deepEqual(splitsOf(parseGold(sample, [])), ['dev', 'heldout', 'blind']);
  });

  it('keeps a gated split when it is opened, without opening the other', () => {
    assert.deepEqual(splitsOf(parseGold(sample, ['blind3'])), ['dev', 'heldout', 'blind', 'blind3']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind2'])), ['dev', 'heldout', 'blind', 'blind2']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind2', 'blind3'])), ['dev', 'heldout', 'blind', 'blind2', 'blind3']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind4'])), ['dev', 'heldout', 'blind', 'blind4']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind5'])), ['dev', 'heldout', 'blind', 'blind5']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind4', 'blind5'])), ['dev', 'heldout', 'blind', 'blind4', 'blind5']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind6'])), ['dev', 'heldout', 'blind', 'blind6']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind5', 'blind6'])), ['dev', 'heldout', 'blind', 'blind5', 'blind6']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind7'])), ['dev', 'heldout', 'blind', 'blind7']);
    assert.deepEqual(splitsOf(parseGold(sample, ['blind6', 'blind7'])), ['dev', 'heldout', 'blind', 'blind6', 'blind7']);
  });

  it('ignores blank lines', () => {
    assert.equal(parseGold(`\n${line('dev')}\n\n  \n${line('heldout')}\n`, []).length, 2);
  });

  it('rejects a line with an unknown split instead of counting it as dev + heldout', () => {
    assert.throws(() => parseGold(line('Blind3'), ['blind3']), /unknown split "Blind3"/);
  });
});

/** The gold file itself, every split opened (reading gold lines shows nothing of any output). */
const gold = parseGold(readFileSync('test/fixtures/gold/events.jsonl', 'utf8'), [...GATED_SPLITS]);
const articlesDir = join(corporaDir(undefined), 'wikinews-de', 'articles');
const shape: Record<string, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

describe('the events gold file (test/fixtures/gold/events.jsonl)', () => {
  it('has a date shaped as its precision, a known status and well-formed alternatives on every line', () => {
    assert.ok(gold.length > 200, `only ${gold.length} gold events`);
    for (const g of gold) {
      assert.match(g.date, shape[g.precision] ?? /^$/, `${g.article}: ${g.date} is not a ${g.precision}`);
      assert.ok(g.status === 'happened' || g.status === 'planned', `${g.article}: status ${g.status}`);
      for (const alt of g.alt ?? []) assert.match(alt, /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/, `${g.article}: alternative ${alt}`);
    }
  });

  it('reads no line of a gated split from the file when no flag is given, and only blind6 with --blind6', () => {
    const ungated = parseGold(readFileSync('test/fixtures/gold/events.jsonl', 'utf8'), []);
    assert.ok(ungated.length > 0);
    assert.deepEqual([...new Set(splitsOf(ungated))], ['dev', 'heldout', 'blind']);
    const six = parseGold(readFileSync('test/fixtures/gold/events.jsonl', 'utf8'), openedSplits(['--blind6']));
    assert.equal(six.length - ungated.length, gold.filter((g) => g.split === 'blind6').length);
    assert.ok(six.some((g) => g.split === 'blind6'));
    assert.ok(!six.some((g) => g.split === 'blind5'));
  });

  it('reads blind7 only with --blind7, and --verbose never lists it (not a looked-at split)', () => {
    const text = readFileSync('test/fixtures/gold/events.jsonl', 'utf8');
    const ungated = parseGold(text, []);
    const seven = parseGold(text, openedSplits(['--blind7']));
    const count = gold.filter((g) => g.split === 'blind7').length;
    assert.ok(count > 0, 'no blind7 line in the gold');
    assert.equal(seven.length - ungated.length, count);
    assert.ok(!seven.some((g) => g.split === 'blind6'));
    assert.ok(!parseGold(text, openedSplits(['--blind6', '--verbose'])).some((g) => g.split === 'blind7'));
    assert.ok(!LOOKED_AT_SPLITS.includes('blind7'));
  });

  it('lists blind2 to blind6 with --verbose (looked at, blind6 since the events7 round), never held-out, blind or blind7', () => {
    assert.deepEqual([...LOOKED_AT_SPLITS], ['blind2', 'blind3', 'blind4', 'blind5', 'blind6']);
    for (const split of ['dev', 'heldout', 'blind', 'blind7'] as const) assert.ok(!LOOKED_AT_SPLITS.includes(split), split);
  });

  for (const split of ['blind3', 'blind4', 'blind5', 'blind6', 'blind7']) {
    it(`${split} holds 20 articles that no other split uses`, () => {
      const own = new Set(gold.filter((g) => g.split === split).map((g) => g.article));
      assert.equal(own.size, 20);
      const others = gold.filter((g) => g.split !== split && own.has(g.article));
      assert.deepEqual(
        others.map((g) => `${g.split} ${g.article}`),
        [],
      );
    });
  }

  it('finds every snippet verbatim in its article body, blind3 to blind7 snippets exactly once', { skip: !existsSync(articlesDir) && `no corpora at ${articlesDir}` }, async () => {
    const ids = [...new Set(gold.map((g) => g.article))];
    const bodies = new Map<string, string>();
    for (const id of ids) {
      const file = id.startsWith('wikinews-') ? join(articlesDir, `${id}.txt`) : join('corpus', `${id}.txt`);
      const article = await loadArticleFile(file);
      assert.ok('body' in article, `${file}: ${'reason' in article ? article.reason : ''}`);
      bodies.set(id, article.body);
    }
    assert.equal(bodies.size, ids.length);
    const missing = gold.filter((g) => !bodies.get(g.article)!.includes(g.sentence));
    assert.deepEqual(
      missing.map((g) => `${g.article}: ${g.sentence}`),
      [],
    );
    // the eval takes the first occurrence, so a snippet of blind3 to blind7 must not occur twice
    const twice = gold.filter((g) => ['blind3', 'blind4', 'blind5', 'blind6', 'blind7'].includes(g.split) && bodies.get(g.article)!.split(g.sentence).length !== 2);
    assert.deepEqual(
      twice.map((g) => `${g.article}: ${g.sentence}`),
      [],
    );
  });
});
