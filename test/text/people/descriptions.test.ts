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

test('an oblique description refers back too: "Der Ex-Ministerpräsidentin wird vorgeworfen", "Der Rücktritt des Wirtschaftsministers" (roles8)', () => {
  assert.deepEqual(people('Im Prozess gegen Julia Marenko hat die Anklage Haft gefordert. Der Ex-Ministerpräsidentin wird Untreue vorgeworfen.')['Julia Marenko'], ['Ex-Ministerpräsidentin']);
  assert.deepEqual(people('Josef Dreiss hat seinen Rücktritt angekündigt. Der Rücktritt des 60-jährigen Wirtschaftsministers kommt überraschend.')['Josef Dreiss'], ['Wirtschaftsminister']);
});

test('no oblique link after a preposition, for the genitive of a title, kin or office, or with a pronoun of the gender before it', () => {
  assert.deepEqual(people('Josef Dreiss kam nach Berlin. In einem Gespräch mit dem Umweltminister ging es um Geld.')['Josef Dreiss'], []);
  assert.deepEqual(people('Josef Dreiss kam nach Berlin. Ein Sprecher des Ministers bestätigte das.')['Josef Dreiss'], []);
  assert.deepEqual(people('Josef Dreiss kam nach Berlin. Die Frau des Ministers bestätigte das.')['Josef Dreiss'], []);
  assert.deepEqual(people('Josef Dreiss kam nach Berlin. Er bewirbt sich um das Amt des Ministerpräsidenten.')['Josef Dreiss'], []);
  assert.deepEqual(people('Josef Dreiss kam nach Berlin. Die Wahl des Ministerpräsidenten ist im Mai.')['Josef Dreiss'], []);
  assert.deepEqual(people('Josef Dreiss kam nach Berlin. Dort dankte er dem Minister.')['Josef Dreiss'], []);
});

test('no oblique link to the person named in the same sentence, in another paragraph, or to one who has that title already', () => {
  assert.deepEqual(people('Josef Dreiss kam. Dreiss dankte dem Minister.')['Josef Dreiss'], []);
  assert.deepEqual(people('Der Datenschützer Josef Dreiss kritisierte die Pläne.\n\nDie Pässe enthalten Fotos des Passinhabers.')['Josef Dreiss'], ['Datenschützer']);
  // "Kanzler" and "Bundeskanzlerin" share a head: no second rendering of the same title
  assert.deepEqual(people('Bundeskanzlerin Anna Merk reiste ab. Der Kanzlerin wurde gedankt.')['Anna Merk'], ['Bundeskanzlerin']);
  // two women named: nobody is the one
  assert.deepEqual(people('Julia Marenko und Lena Vogt kamen. Der Ex-Ministerpräsidentin wird Untreue vorgeworfen.'), { 'Julia Marenko': [], 'Lena Vogt': [] });
});

test('a sentence naming nobody that opens with "Er"/"Sie" carries the person on to a description opening the next sentence (roles8)', () => {
  assert.deepEqual(people('Torwart Andreas Reimer wurde beim Spiel schwer verletzt. Er erlitt ein Trauma. Der Fußballspieler wurde ins Krankenhaus gebracht.')['Andreas Reimer'], ['Torwart', 'Fußballspieler']);
  // not to a description inside the sentence: "obwohl der Staatsanwalt" is somebody else
  assert.deepEqual(people('Georg Hermann wurde verurteilt. Er soll geholfen haben. Die Verurteilung erfolgte, obwohl der Staatsanwalt die Anklage fallen ließ.')['Georg Hermann'], []);
  // not when the sentence between opens with a pronoun of the other gender
  assert.deepEqual(people('Georg Hermann wurde verurteilt. Sie soll geholfen haben. Der Fußballspieler schwieg.')['Georg Hermann'], []);
  // not two sentences back without the pronoun
  assert.deepEqual(people('Georg Hermann wurde verurteilt. Das Urteil fiel schnell. Der Fußballspieler schwieg.')['Georg Hermann'], []);
});

test('"der" after a noun opens a genitive plural, no description of one man: "aus der Gewalt der Entführer"', () => {
  assert.deepEqual(people('Georg Hermann wurde befreit. Er war zwei Wochen in der Gewalt der Entführer.')['Georg Hermann'], []);
  assert.deepEqual(people('Georg Hermann forschte lange. Die Vermutungen der Forscher gehen weit.')['Georg Hermann'], []);
});
