/**
 * A first name followed by a common noun is a person when a title stands around it (issue 13: speakers
 * the quotes missed because their surname is also a noun), and a relative pronoun after a comma is no
 * article before a first name. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

function names(text: string): string[] {
  return findPeople(text, splitSentences(text)).people.map((p) => p.name);
}

describe('a noun as surname next to a title', () => {
  it('a title in apposition after the name: "Theo Zwanziger, Präsident des Verbands"', () => {
    assert.deepEqual(names('Theo Zwanziger, Präsident des Verbands, lobte die Bewerbung.'), ['Theo Zwanziger']);
  });

  it('a title a few words before the name, its place between: "die Abgeordnete im Landtag Gudrun Pieper"', () => {
    assert.deepEqual(names('Das sagte die CDU-Abgeordnete im niedersächsischen Landtag Gudrun Pieper.'), ['Gudrun Pieper']);
  });

  it("no title, no person: a first name before a noun that is no doer's noun stays a noun phrase", () => {
    assert.deepEqual(names('Theo Sport lobte die Bewerbung.'), []);
  });

  it('a verb between the title and the name breaks the link', () => {
    assert.deepEqual(names('Der Präsident lobte Theo Sport.'), []);
  });
});

describe('a relative pronoun is no article', () => {
  it('"…, die Gerhard Schröder erklärt hatte" names Gerhard Schröder', () => {
    assert.deepEqual(names('Das ist die Marke, die Gerhard Schröder zum Ziel erklärt hatte.'), ['Gerhard Schröder']);
  });

  it('an article before a first name that is also a noun still makes it a noun: "der Rose Montag"', () => {
    assert.deepEqual(names('Das Fest, der Rose Montag, fiel aus.'), []);
  });
});

describe('a first name that recurs before another surname', () => {
  it('is no sign that the noun after it stands alone: "Peter Horrocks" beside "Peter Mezger"', () => {
    assert.deepEqual(names('Der Direktor des Senders, Peter Horrocks, sprach von Zensur. Reporter Peter Mezger wurde festgehalten.'), ['Peter Horrocks', 'Peter Mezger']);
  });
});

describe('a doer\'s noun in "-er" after a first name is a surname without a title (roles6 round)', () => {
  it('"Thomas Reiter sollte", "Gestern sprach Hans Brenner", "Theo Zwanziger lobte"', () => {
    assert.deepEqual(names('Thomas Reiter sollte als Astronaut ab Mai auf der Station sein.'), ['Thomas Reiter']);
    assert.deepEqual(names('Gestern sprach Hans Brenner in Berlin.'), ['Hans Brenner']);
    assert.deepEqual(names('Theo Zwanziger lobte die Bewerbung.'), ['Theo Zwanziger']);
  });

  it('not a plural in "-er" of another noun, nor a noun after an article', () => {
    assert.deepEqual(names('Sie brachte Anna Kinder und Bücher.'), []);
    assert.deepEqual(names('Für Paul Bilder zu malen war schwer.'), []);
    assert.deepEqual(names('Das Fest, der Rose Montag, fiel aus.'), []);
  });
});
