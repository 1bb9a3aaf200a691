import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knowsForm, parseHunspellDic } from '../../src/search/lexicon.ts';

// a word list written for the tests, in Hunspell's format (count line, then word/flags)
const lexicon = parseHunspellDic(['8', 'Protest/EPS', 'Kanzler/S', 'heikel/A', 'beschließen/V', 'toben/V', 'klagen/V', 'Müll/S', 'Sturm/EPS'].join('\n'));

describe('knowsForm: German words and their regular forms (never typos)', () => {
  it('knows the listed words themselves', () => {
    assert.equal(knowsForm(lexicon, 'protest'), true);
    assert.equal(knowsForm(lexicon, 'kanzler'), true);
  });

  it('knows a listed noun with a plural or genitive ending', () => {
    assert.equal(knowsForm(lexicon, 'proteste'), true);
    assert.equal(knowsForm(lexicon, 'protesten'), true);
    assert.equal(knowsForm(lexicon, 'kanzlers'), true);
  });

  it('knows nouns made with a suffix names never carry, listed or not', () => {
    assert.equal(knowsForm(lexicon, 'regierung'), true);
    assert.equal(knowsForm(lexicon, 'sperrungen'), true);
    assert.equal(knowsForm(lexicon, 'sicherheit'), true);
    assert.equal(knowsForm(lexicon, 'nationen'), true);
  });

  it('knows an adjective in -el or -er that drops its e ("heikle" from "heikel")', () => {
    assert.equal(knowsForm(lexicon, 'heikle'), true);
    assert.equal(knowsForm(lexicon, 'heiklen'), true);
  });

  it('knows present and past forms of a listed verb', () => {
    assert.equal(knowsForm(lexicon, 'beschliesst'), true);
    assert.equal(knowsForm(lexicon, 'tobte'), true);
    assert.equal(knowsForm(lexicon, 'klagt'), true);
  });

  it('knows a particle before a German word of four letters or more ("Vorwurf" = vor + Wurf)', () => {
    const withWurf = parseHunspellDic(['2', 'Wurf/EPS', 'Tor/EPS'].join('\n'));
    assert.equal(knowsForm(withWurf, 'vorwurf'), true);
    assert.equal(knowsForm(withWurf, 'vorwurfe'), true);
    assert.equal(knowsForm(withWurf, 'abwurf'), true);
    // a particle before an unknown or a three-letter rest: not a word ("Antor" may be a name)
    assert.equal(knowsForm(withWurf, 'vorbiegun'), false);
    assert.equal(knowsForm(withWurf, 'antor'), false);
  });

  it('does not know names and unlisted words', () => {
    assert.equal(knowsForm(lexicon, 'biegun'), false);
    assert.equal(knowsForm(lexicon, 'kaesong'), false);
    assert.equal(knowsForm(lexicon, 'gazprom'), false);
  });

  it('strips no -er: "Müller" stays unknown although "Müll" is listed', () => {
    assert.equal(knowsForm(lexicon, 'muller'), false);
  });

  it('needs four letters before an ending and three before a suffix', () => {
    // "Sturm" is listed, but "st" + "urm"… : short stems never count
    assert.equal(knowsForm(lexicon, 'stung'), false);
    assert.equal(knowsForm(lexicon, 'ion'), false);
  });
});
