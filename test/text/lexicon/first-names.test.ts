/**
 * The first-name list: which foreign entries are no first names in German news (`notFirstName`),
 * the file that keeps the rule's outcome for the installed packages, and the list built from it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstNames, nameLists, NAME_LISTS, notFirstName, notFirstNames, notFirstNamesFor } from '../../../src/text/lexicon/first-names.ts';
import { loadNouns } from '../../../src/text/lexicon/lexicon-data.ts';

const NOUNS = new Set(['Firma', 'General', 'Bob', 'Horst', 'Griff']);
const once = () => 1;
const twice = () => 2;

describe('notFirstName', () => {
  it('drops a German noun only one foreign list has, and a title or person noun however many have it', () => {
    assert.equal(notFirstName('firma', 'fr', once, NOUNS), true);
    assert.equal(notFirstName('general', 'en', twice, NOUNS), true);
  });

  it('drops a two-letter entry of a list other than the German and English ones', () => {
    assert.equal(notFirstName('de', 'fr', once, NOUNS), true);
    assert.equal(notFirstName('el', 'es', twice, NOUNS), true);
  });

  it("keeps the German list's own entries, nouns several lists have, words that are no dictionary noun, German and English short names", () => {
    assert.equal(notFirstName('horst', 'de', once, NOUNS), false);
    assert.equal(notFirstName('bob', 'en', twice, NOUNS), false);
    assert.equal(notFirstName('griffin', 'en', once, NOUNS), false);
    assert.equal(notFirstName('al', 'en', once, NOUNS), false);
    assert.equal(notFirstName('ed', 'de', once, NOUNS), false);
  });
});

describe('notFirstNamesFor', () => {
  it('lists each name the rule drops, sorted, with the lists it drops it from, counting the lists a name is in', () => {
    const lists = new Map([
      ['de', new Map([['horst', 'male']])],
      [
        'en',
        new Map([
          ['bob', 'male'],
          ['general', 'male'],
        ]),
      ],
      [
        'fr',
        new Map([
          ['firma', 'female'],
          ['de', 'male'],
          ['bob', 'male'],
          ['horst', 'male'],
        ]),
      ],
    ]);
    assert.deepEqual(Object.entries(notFirstNamesFor(lists, NOUNS)), [
      ['de', ['fr']],
      ['firma', ['fr']],
      ['general', ['en']],
    ]);
  });

  it('gives nothing where it drops nothing (the German list keeps its nouns)', () => {
    assert.deepEqual(notFirstNamesFor(new Map([['de', new Map([['firma', 'female']])]]), NOUNS), {});
  });
});

describe('not-first-names.json and the installed packages', () => {
  it('is what the rule makes of the installed name lists and nouns (else: npm run names:not-first)', () => {
    const wanted = notFirstNamesFor(nameLists(), loadNouns());
    assert.ok(Object.keys(wanted).length > 300, 'the foreign lists have hundreds of entries to drop');
    assert.deepEqual(Object.fromEntries(notFirstNames()), wanted);
  });
});

describe('firstNames', () => {
  it('reads every list, the first that has a name deciding its gender', () => {
    assert.deepEqual([...nameLists().keys()], [...NAME_LISTS]);
    const names = firstNames(new Set(), new Set());
    assert.equal(names.get('horst'), 'male');
    assert.equal(names.get('andrea'), 'female');
  });

  it('leaves out stopwords, countries, month and weekday names, and what notFirstNames() drops', () => {
    const names = firstNames(new Set(['anna']), new Set(['Chad']));
    for (const word of ['anna', 'chad', 'august', 'april', 'general', 'firma', 'de']) assert.equal(names.get(word), undefined, word);
    assert.ok(names.has('markus'));
  });
});
