/**
 * Where a description referring back would land on the wrong person (src/text/people/description-limits.ts):
 * sentences written for the rv10 review of the oblique descriptions (roles8), each read end to end
 * by findPeople, with the cases that still refer back as before.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../../src/text/lexicon/index.ts';
import { genitiveAttribute, insideMarks } from '../../../src/text/people/description-limits.ts';
import { rolesByName } from '../../support/people-roles.ts';

describe('an oblique description does not refer back', () => {
  it('after a negation: "nicht der Ministerin", "nicht der Rücktritt des Ministers"', () => {
    assert.deepEqual(rolesByName('Anna Roth kam nach Seoul. Nicht der Ministerin galt der Applaus, sondern dem Publikum.'), { 'Anna Roth': [] });
    assert.deepEqual(rolesByName('Markus Weber kam am Montag nach Seoul. Gemeint war nicht der Rücktritt des Ministers.'), { 'Markus Weber': [] });
  });

  it('inside quotation marks: the quoted words speak of somebody else', () => {
    assert.deepEqual(rolesByName('Markus Weber kam nach Seoul. „Die Politik des Präsidenten ist gescheitert.“'), { 'Markus Weber': [] });
    assert.deepEqual(rolesByName('Markus Weber kam nach Seoul. Er sagte: »Die Politik des Präsidenten ist gescheitert.«'), { 'Markus Weber': [] });
  });

  it('"den" before a weak or adjectival form, as often a dative plural', () => {
    assert.deepEqual(rolesByName('Markus Weber kam nach Seoul. Den Abgeordneten wurde das Gesetz vorgelegt.'), { 'Markus Weber': [] });
    assert.deepEqual(rolesByName('Markus Weber kam nach Seoul. Man hörte den Demonstranten zu.'), { 'Markus Weber': [] });
  });
});

describe('a genitive attribute without an age does not refer back', () => {
  it('"Die Kritik des Präsidenten", "die Rede der Präsidentin": whoever holds the title, often a third person', () => {
    assert.deepEqual(rolesByName('Markus Weber kam am Montag nach Seoul. Die Kritik des Präsidenten an Japan war scharf.'), { 'Markus Weber': [] });
    assert.deepEqual(rolesByName('Anna Roth kam am Montag nach Seoul. Man erwartete, dass die Rede der Präsidentin kurz sein werde.'), { 'Anna Roth': [] });
    assert.deepEqual(rolesByName('Markus Weber kam nach Seoul. Das Recht des Angeklagten auf einen Anwalt gilt immer.'), { 'Markus Weber': [] });
  });

  it('"Die Bilanz des bisherigen Ministers" after the one named took the office: the predecessor', () => {
    assert.deepEqual(rolesByName('Markus Weber übernahm im Mai das Ressort. Die Bilanz des bisherigen Ministers war schlecht.'), { 'Markus Weber': [] });
  });

  it('genitiveAttribute: "des"/"der" after a capitalised word inside the sentence, not an article opening it', () => {
    const ts = tokenize(splitSentences('Die Kritik des Präsidenten war scharf. Der Ministerin wird vorgeworfen.'));
    assert.ok(ts.length > 7);
    assert.equal(
      genitiveAttribute(
        ts,
        ts.findIndex((t) => t.text === 'des'),
      ),
      true,
    );
    assert.equal(
      genitiveAttribute(
        ts,
        ts.findIndex((t) => t.text === 'Der'),
      ),
      false,
    );
  });
});

describe('an oblique person noun that is no title does not refer back', () => {
  it('"Dem Verlierer", "Dem Täter": an outcome or a deed, maybe the opposite of the one named', () => {
    assert.deepEqual(rolesByName('Markus Weber gewann die Wahl. Dem Verlierer blieb nur die Opposition.'), { 'Markus Weber': [] });
    assert.deepEqual(rolesByName('Markus Weber wurde festgenommen. Dem Täter drohen zehn Jahre Haft.'), { 'Markus Weber': [] });
  });
});

describe('a relational title never refers back', () => {
  it('"der Vorgänger", "des Vorgängers": the predecessor of the one named, not that person', () => {
    assert.deepEqual(rolesByName('Markus Weber übernahm im Mai das Ressort. Die Bilanz des Vorgängers war schlecht.'), { 'Markus Weber': [] });
    assert.deepEqual(rolesByName('Markus Weber übernahm das Ressort. Der Vorgänger hatte versagt.'), { 'Markus Weber': [] });
  });
});

describe('what still refers back', () => {
  it('the oblique descriptions the roles8 rule was made for', () => {
    assert.deepEqual(rolesByName('Julia Timoschenko sitzt in Haft. Der Ex-Ministerpräsidentin wird vorgeworfen, gelogen zu haben.'), { 'Julia Timoschenko': ['Ex-Ministerpräsidentin'] });
    assert.deepEqual(rolesByName('Joseph Deiss trat am Montag zurück. Der Rücktritt des 60-jährigen Wirtschaftsministers kam überraschend.'), { 'Joseph Deiss': ['Wirtschaftsminister'] });
  });

  it('a negation after the description and a quote closed before it change nothing', () => {
    assert.deepEqual(rolesByName('Julia Timoschenko sitzt in Haft. Der Ex-Ministerpräsidentin wird nicht geglaubt.'), { 'Julia Timoschenko': ['Ex-Ministerpräsidentin'] });
  });
});

describe('insideMarks', () => {
  it('an opening mark not yet closed in the paragraph', () => {
    const text = 'Er sagte: „Die Politik des Präsidenten';
    assert.equal(insideMarks(text, text.indexOf('des')), true);
  });

  it('no mark, a closed mark, or a mark in the paragraph before', () => {
    const closed = '„Ja“, sagte er. Die Politik des Präsidenten';
    assert.equal(insideMarks(closed, closed.indexOf('des')), false);
    const before = 'Er sagte: „Ja\n\nDie Politik des Präsidenten';
    assert.equal(insideMarks(before, before.indexOf('des')), false);
    assert.equal(insideMarks('Die Politik des Präsidenten', 12), false);
  });
});

describe('a person carried over an "Er"/"Sie" sentence to a description (mayCarryOver)', () => {
  it('not past a pronoun sentence that brings in another person noun', () => {
    assert.deepEqual(rolesByName('Markus Weber wurde verletzt. Er sah den Angreifer nicht. Der Polizist nahm die Anzeige auf.'), { 'Markus Weber': [] });
  });

  it('a pronoun sentence with no other person in it carries the person on, as roles8 meant', () => {
    assert.deepEqual(rolesByName('Markus Weber wurde verletzt. Er erlitt ein Trauma. Der Fußballspieler wurde operiert.'), { 'Markus Weber': ['Fußballspieler'] });
  });
});

// Still wrong (rv10 review), kept as todo: a description of the person's counterpart.
describe('still wrong (todo)', () => {
  it('"Anna Roth rief die Polizei. Sie wartete eine Stunde. Die Polizistin kam erst spät." (coref.ts, opensWithPronoun)', {
    todo: 'narrow: an institution or a person noun of the sentences before whose stem the title shares ("Polizei" / "Polizistin")',
  }, () => {
    assert.deepEqual(rolesByName('Anna Roth rief die Polizei. Sie wartete eine Stunde. Die Polizistin kam erst spät.'), { 'Anna Roth': [] });
  });
});
