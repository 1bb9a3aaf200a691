/**
 * A definite description with a title the person did not have before, linked to the one person it can
 * mean (descriptions.ts, called from coref.ts), and the many cases where it means somebody else.
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('"hat die Schauspielerin Klage eingereicht" after the one woman named in the sentence before', () => {
  const text = 'Die Creme wird von Ulla Brandt vertrieben. Nach dem Urteil hat die Schauspielerin Klage eingereicht.';
  assert.deepEqual(people(text)['Ulla Brandt'], ['Schauspielerin']);
});

test('a complement needs a modifier that presupposes the person: "Die bisherige Leiterin der Abteilung"', () => {
  const text = 'Der Sender will Carla Sturmbach zur Chefin machen. Die bisherige Leiterin der Abteilung soll Peter Brandt beerben.';
  assert.deepEqual(people(text)['Carla Sturmbach'], ['bisherige Leiterin der Abteilung']);
  const other = 'Angela Kernbichler traf Tom Wagner. Die Sprecherin der Regierung sagte nichts.';
  assert.deepEqual(people(other)['Angela Kernbichler'], []);
});

test('no link when two people of the gender were named, the title was used before, or the person is named later in the sentence', () => {
  assert.deepEqual(people('Anna Roth und Lena Vogt kamen. Die Ministerin lachte.'), { 'Anna Roth': [], 'Lena Vogt': [] });
  assert.deepEqual(people('Anna Roth kam. Eine Polizistin wartete. Die Polizistin lachte.'), { 'Anna Roth': [] });
  assert.deepEqual(people('Tom Wagner stand vor Gericht. Der Richter sagte zu Wagner, er habe die Tat geplant.'), { 'Tom Wagner': [] });
  assert.deepEqual(people('Ein Flugzeug mit einem Piloten stürzte ab, sagte Tom Wagner. Der Pilot wurde verletzt.'), { 'Tom Wagner': [] });
});

test('no link after a preposition, before "und" another title, before an indefinite genitive, nor to a name the phrase introduces', () => {
  assert.deepEqual(people('Tom Wagner lud ein. Zu der Vertreter kleiner Parteien kamen, sprach er.')['Tom Wagner'], []);
  assert.deepEqual(people('Neben Tom Wagner warb der Sportler und Etappensieger Frenk Schlick.')['Tom Wagner'], []);
  assert.deepEqual(people('Tom Wagner kam zu spät. Dabei wurde der Fahrer eines Busses verletzt.')['Tom Wagner'], []);
  assert.deepEqual(people('Tom Wagner kam. Der Sonderbeauftragte für die Halbinsel, Lee Do-hoon, sprach.')['Tom Wagner'], []);
});

test('"und" + a noun phrase of its own after the description joins another thing, not a second title (roles6 round)', () => {
  assert.deepEqual(people('Georg Wallner wurde festgenommen. Der Clan-Chef und seine Familie schwiegen.')['Georg Wallner'], ['Clan-Chef']);
  // inside a quotation too, when the sentence before names him
  assert.deepEqual(people('Ein Kommissar sagte: „Georg Wallner ist dort, wo er hingehört. Der Clan-Chef und seine Leute haben lange getan, was sie wollten.“')['Georg Wallner'], ['Clan-Chef']);
});

test('two joined descriptions are two other persons; a title joined without article is somebody described further', () => {
  assert.deepEqual(people('Georg Wallner wurde festgenommen. Der Clan-Chef und der Bürgermeister schwiegen.')['Georg Wallner'], []);
  assert.deepEqual(people('Georg Wallner wurde festgenommen. Der Clan-Chef und Unternehmer schwieg.')['Georg Wallner'], []);
});
