/**
 * Names recognised by the title before them (titled.ts): name particles, titles of monarchs and clerics.
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('a particle joins an unknown given name to its surname after a title', () => {
  assert.deepEqual(people('An der Sitzung nahm Personalvorstand Tessel von Hadebrink teil.'), { 'Tessel von Hadebrink': ['Personalvorstand'] });
});

test('no particle name when more capitalised words follow: "Trainer Jurgalski von Borussia Dortmund"', () => {
  assert.deepEqual(people('Trainer Jurgalski von Borussia Dortmund jubelte.'), { Jurgalski: ['Trainer'] });
});

test('titles of monarchs and clerics before a name: "Schah", "Ajatollah"', () => {
  const found = people('Die Rufe ertönten auf Befehl von Ajatollah Chamrani vor dem Sturz von Schah Mohammad Reza Tabrizi.');
  assert.deepEqual(found.Chamrani, ['Ajatollah']);
  assert.deepEqual(found['Mohammad Reza Tabrizi'], ['Schah']);
});

test('a name word that reads as a compound only by its ending is a name after a title ("Micheil": "-heil")', () => {
  assert.deepEqual(people('Die Partei von Präsident Micheil Tabatadse gewann die Wahl.'), { 'Micheil Tabatadse': ['Präsident'] });
});

test('a bare surname after a title that reads as a compound with a short noun part, when a verb follows ("Brüderle": "-erle")', () => {
  assert.deepEqual(people('Finanzminister Rüderle sagte, der Plan sei gut.'), { Rüderle: ['Finanzminister'] });
  // negatives: a noun of the lexicon, a compound with a long noun part, or no verb after it
  assert.deepEqual(people('Minister Gespräche führten zu nichts.'), {});
  assert.deepEqual(people('Der Minister Wirtschaftsfragen besprach nichts.'), {});
  assert.deepEqual(people('Er traf Finanzminister Rüderle in Bonn.'), {});
});

test('two unknown name words after an article and a person noun are a name: "die Studentin Velda Schultz"', () => {
  assert.deepEqual(people('Gewählt wurde auch die Studentin Velda Kranitz (22) aus Bremen.'), { 'Velda Kranitz': ['Studentin'] });
  // negatives: one word alone, a noun of the lexicon, a demonym, no article
  assert.deepEqual(people('Gewählt wurde auch die Studentin Kranitz.'), {});
  assert.deepEqual(people('Dort traf der Student Hafen Bremens.'), {});
  assert.deepEqual(people('Es siegte der Thailänder Phuong Sarawat im Finale.')['Phuong Sarawat'], []);
  assert.deepEqual(people('Gewählt wurde auch Studentin Velda Kranitz.'), {});
});

test('an unknown word before a relative clause that gives it a title is a name: "Lindqvar, der bis 1997 Staatspräsident war,"', () => {
  assert.deepEqual(people('Lindqvar, der von 1989 bis 1997 Staatspräsident des Landes war, ist gestorben.'), { Lindqvar: ['Staatspräsident des Landes'] });
  assert.deepEqual(people('Auch Marvella, die lange Bürgermeisterin war, kam.'), { Marvella: ['Bürgermeisterin'] });
  // a person noun that is no title, a country, a place after "in", a clause without a copula: no name
  assert.deepEqual(people('Gazprom, der größte Gasproduzent ist, wächst.'), {});
  assert.deepEqual(people('Frankreich, der Gastgeber war, siegte.'), {});
  assert.deepEqual(people('In Tuzla, die bis 1990 Hauptstadt war, regnet es.'), {});
  assert.deepEqual(people('Lindqvar, der den Präsidenten kannte, ist gestorben.'), {});
});

test('a genitive of a country in "-ien" after a title is no name: "Rechtsnachfolger Jugoslawiens"', () => {
  assert.deepEqual(people('Serbien, das als Rechtsnachfolger Jugoslawiens gilt, zahlt nicht.'), {});
  assert.deepEqual(people('Präsident Adrien kam.'), { Adrien: ['Präsident'] });
});

test('a noun after a title that a masculine relative pronoun takes up is a surname: "Dem Angeklagten Schneider, der …"', () => {
  assert.deepEqual(Object.keys(people('Dem Angeklagten Schneider, der ebenfalls verurteilt wurde, wurde Mord zur Last gelegt.')), ['Schneider']);
  // a plural relative pronoun after a noun: no name
  assert.deepEqual(people('Minister Gespräche, die er führte, kamen.'), {});
});

// a person noun after an article and adjectives introduces unknown name words (roles6 round)
test('"Der ehemalige Beamte Ogan Tulik hatte …", "die junge Studentin Mira Haller"', () => {
  assert.deepEqual(people('Der ehemalige Beamte Ogan Tulik hatte eine Strafe erhalten.'), { 'Ogan Tulik': ['ehemaliger Beamter'] });
  assert.deepEqual(Object.keys(people('Es sprach die junge Studentin Mira Haller.')), ['Mira Haller']);
});

test('a full name after it is taken whole ("Der 37-jährige Heilpraktiker Karim Resa Ali Tulik")', () => {
  assert.deepEqual(Object.keys(people('Der 37-jährige Heilpraktiker Karim Resa Ali Tulik war Mitglied.')), ['Karim Resa Ali Tulik']);
});

test('no name without the article, nor one unknown word alone', () => {
  assert.deepEqual(Object.keys(people('Ehemalige Beamte Ogan Tulik hatte eine Strafe erhalten.')), []);
  assert.deepEqual(Object.keys(people('Der ehemalige Beamte Tulik hatte eine Strafe erhalten.')), []);
});
