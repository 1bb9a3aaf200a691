import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

const people = (text: string) => findPeople(text, splitSentences(text));
const names = (text: string) => people(text).people.map((p) => p.name);
const person = (text: string, name: string) => people(text).people.find((p) => p.name === name);

test('a title before a first name and surname makes a person with that role', () => {
  const p = person('US-Außenminister Antony Blinken reiste nach Seoul. Dort sagte Blinken, er sei zufrieden.', 'Antony Blinken');
  assert.ok(p);
  assert.deepEqual(p.roles, ['US-Außenminister']);
  assert.deepEqual(p.aliases, ['Blinken']);
  assert.equal(p.gender, 'male');
});

test('a surname that is also a noun counts after a first name, the noun alone does not', () => {
  assert.deepEqual(names('Das Blinken der Lichter störte. Danach sprach Antony Blinken.'), ['Antony Blinken']);
  assert.deepEqual(names('Das Blinken der Lichter im Verbindungsbüro störte die Anwohner.'), []);
});

test('compound nouns, places and organisations are not people but entities', () => {
  const r = people('Nordkorea zog seine Mitarbeiter aus dem Verbindungsbüro in der Stadt Kaesong ab. Die Agentur KCNA meldete es, das Vereinigungsministerium bestätigte.');
  assert.deepEqual(r.people, []);
  const kinds = Object.fromEntries(r.entities.map((e) => [e.name, e.kind]));
  assert.equal(kinds.Kaesong, 'place');
  assert.equal(kinds.KCNA, 'org');
  assert.equal(kinds.Vereinigungsministerium, 'org');
  assert.equal(kinds.Nordkorea, 'place');
});

test('Korean, Chinese and Russian name shapes are recognised without a first-name list', () => {
  const found = names('Kim Yo Jong traf Li Hongzhong und Sergej Schoigu. Auch Lee Do-hoon war da.');
  assert.deepEqual(found, ['Kim Yo Jong', 'Li Hongzhong', 'Sergej Schoigu', 'Lee Do-hoon']);
});

test('a one-syllable Korean given name needs a title before it', () => {
  assert.deepEqual(names('Er traf den Sicherheitsberater Suh Hoon.'), ['Suh Hoon']);
});

test('an apposition after the name gives the role, with the gender it shows', () => {
  const p = person('Am Samstag warf Choe Son-hui, die erste Vizeaußenministerin Nordkoreas, den USA Tricks vor.', 'Choe Son-hui');
  assert.deepEqual(p?.roles, ['erste Vizeaußenministerin Nordkoreas']);
  assert.equal(p?.gender, 'female');
});

test('a title phrase before a comma introduces the name after it', () => {
  const p = person('Kim und der Präsident Südkoreas, Moon Jae In, hatten sich geeinigt.', 'Moon Jae In');
  assert.deepEqual(p?.roles, ['Präsident Südkoreas']);
});

test('modifiers of a title are kept and agree with the person', () => {
  assert.deepEqual(person('Der frühere US-Präsident Donald Trump sprach.', 'Donald Trump')?.roles, ['früherer US-Präsident']);
  assert.deepEqual(person('Der südkoreanische Chefnuklearunterhändler Lee Do-hoon sprach.', 'Lee Do-hoon')?.roles, ['südkoreanischer Chefnuklearunterhändler']);
});

test('a bare surname after a title is a person of its own when no full name is known', () => {
  const p = person('Der CSU-Vorsitzende Stoiber widersprach. Stoiber blieb dabei.', 'Stoiber');
  assert.equal(p?.mentions.length, 2);
  assert.deepEqual(p?.roles, ['CSU-Vorsitzender']);
});

test('a surname shared by two people in the article attaches to neither', () => {
  const r = people('Kim Jong Un und seine Schwester Kim Yo Jong reisten. Kim sagte nichts.');
  const kimJongUn = r.people.find((p) => p.name === 'Kim Jong Un');
  assert.equal(kimJongUn?.mentions.length, 1);
  assert.deepEqual(kimJongUn?.aliases, []);
});

test('a surname alone joins the one person with that family name, genitive included', () => {
  const p = person('Machthaber Kim Jong Un reiste ab. Kims Zug fuhr nach Hanoi. Kim schwieg.', 'Kim Jong Un');
  assert.equal(p?.mentions.length, 3);
  assert.deepEqual(p?.aliases, ['Kim']);
});

test('"er" joins the only man named just before; "sagten sie" is plural and joins no one', () => {
  const r = people('Stephen Biegun kam nach Seoul. Er traf dort Beamte. Die Diplomaten sagten sie seien bereit.');
  const biegun = r.people.find((p) => p.name === 'Stephen Biegun');
  assert.equal(biegun?.mentions.length, 2);
});

test('"er" stays unresolved when two men were named before it', () => {
  const r = people('Donald Trump traf Stephen Biegun. Er sagte nichts.');
  assert.equal(r.people.length, 2);
  assert.ok(r.people.every((p) => p.mentions.length === 1));
});

test('a title with an article refers back to the one person holding it', () => {
  const text = 'US-Vizeaußenminister Stephen Biegun besuchte Seoul. Man sei bereit, erklärte der US-Vizeaußenminister.';
  assert.equal(person(text, 'Stephen Biegun')?.mentions.length, 2);
});

test('first names that are nouns or toponym parts do not make people from places', () => {
  assert.deepEqual(names('Das Spiel fand im Osten Detroit statt. Die Spurs aus San Antonio gewannen.'), []);
  assert.deepEqual(names('Die Opposition traf sich in der Hauptstadt Addis Abeba.'), []);
});

test('a preposition before a title is not a modifier of the role ("zwischen US-Präsident")', () => {
  const p = person('Der Gipfel zwischen US-Präsident Donald Trump und Kim Jong Un scheiterte.', 'Donald Trump');
  assert.deepEqual(p?.roles, ['US-Präsident']);
});

test('a common noun after a first name is a surname after a title or in apposition, not otherwise', () => {
  assert.deepEqual(names('Berlins Innensenator Frank Henkel stellte die Studie vor.'), ['Frank Henkel']);
  assert.deepEqual(names('Das sagte der Deutschlandchef von EY, Hubert Bart.'), ['Hubert Bart']);
  assert.deepEqual(names('Frank Henkel stellte die Studie vor.'), []);
});
