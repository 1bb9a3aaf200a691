/**
 * "als" + a title later in the subject's clause (as-role.ts). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as roles } from '../../support/people-roles.ts';

test('a title after "als" later in the clause is the subject\'s: "X zieht nach Angaben der Stadt als Abgeordneter ein"', () => {
  assert.deepEqual(roles('Karl Peters zieht nach Angaben einer Sprecherin der Stadt als Abgeordneter in den Rat ein.'), { 'Karl Peters': ['Abgeordneter'] });
  assert.deepEqual(roles('Anna Roth werde allerdings als Ministerin weiterarbeiten.'), { 'Anna Roth': ['Ministerin'] });
});

test('no title for the subject after an object, a verb of naming, a comparison or in an oblique case', () => {
  assert.deepEqual(roles('Karl Peters bezeichnete Anna Roth als Ministerin.')['Karl Peters'], []);
  assert.deepEqual(roles('Karl Peters lobte den Abgeordneten als Präsidenten.'), { 'Karl Peters': [] });
  assert.deepEqual(roles('Karl Peters empfing ihn als Präsident.'), { 'Karl Peters': [] });
  assert.deepEqual(roles('Karl Peters verdient mehr als ein Minister.'), { 'Karl Peters': [] });
  assert.deepEqual(roles('Karl Peters kennt ihn besser als der Präsident.'), { 'Karl Peters': [] });
  assert.deepEqual(roles('Karl Peters sah sich schon als Präsidenten.'), { 'Karl Peters': [] });
  // a coordinated subject: the title is theirs together
  assert.deepEqual(roles('Anna Roth und Karl Peters waren auf ihrer ersten Reise als Minister in Rom.'), { 'Anna Roth': [], 'Karl Peters': [] });
  assert.deepEqual(roles('Anna Roth und Innenminister Karl Peters waren auf ihrer Reise als Minister in Rom.')['Karl Peters'], ['Innenminister']);
});

test('"als" past a quotation mark and plain adjectives: "galt als „heimlicher Regierungschef“", but no rank and no article', () => {
  assert.deepEqual(roles('Hans Roth galt schon damals als „heimlicher Regierungschef“.')['Hans Roth'], ['Regierungschef']);
  assert.deepEqual(roles('Hans Roth galt als heimlicher Regierungschef.')['Hans Roth'], ['Regierungschef']);
  // a place in a race is no role
  assert.deepEqual(roles('Eva Roth schied als sechste Läuferin aus.')['Eva Roth'], []);
  assert.deepEqual(roles('Eva Roth stimmte als einzige Abgeordnete dagegen.')['Eva Roth'], []);
});

test('an adverb ending in "-er" before "als" is no comparison: "trat wieder als Kandidat an", but "älter als" is', () => {
  assert.deepEqual(roles('Karl Peters trat wieder als Kandidat an.'), { 'Karl Peters': ['Kandidat'] });
  assert.deepEqual(roles('Anna Roth arbeitet bisher als Ministerin in Rom.'), { 'Anna Roth': ['Ministerin'] });
  assert.deepEqual(roles('Karl Peters ist älter als der Kandidat.'), { 'Karl Peters': [] });
});

test('any person noun after "als" later in the clause: "arbeitet als Lehrerin", "der als Kritiker des Papstes gilt"', () => {
  assert.deepEqual(roles('Anna Roth arbeitet als Lehrerin.'), { 'Anna Roth': ['Lehrerin'] });
  assert.deepEqual(roles('Anna Roth arbeitete seit 2001 als Ärztin in Bonn.'), { 'Anna Roth': ['Ärztin'] });
  assert.deepEqual(roles('Gestern sprach Klaus Wendt, der als Kritiker des Papstes gilt.'), { 'Klaus Wendt': ['Kritiker des Papstes'] });
});

test('no person noun after "als" past a rank or an article, after a prepositional object, or for a subject of several', () => {
  assert.deepEqual(roles('Anna Roth schied als sechste Läuferin aus.'), { 'Anna Roth': [] });
  assert.deepEqual(roles('Anna Roth kam zu keinem anderen Schluss als der Lehrer.'), { 'Anna Roth': [] });
  assert.deepEqual(roles('Sie glaubt, dass Karl Brand mit der SPD als Koalitionspartner liebäugelt.'), { 'Karl Brand': [] });
  assert.deepEqual(roles('Wolfgang Lindner kam. Lindner, Beckstein oder Schönbohm erweisen sich als Kämpfer.')['Wolfgang Lindner'], []);
  assert.deepEqual(roles('Wolfgang Lindner kam. Lindner, Beckstein und Schönbohm erweisen sich als Minister.')['Wolfgang Lindner'], []);
});

test('"X löste Y als Präsident ab", "X beerbt Y als Trainer": the successor holds the office too (roles6 round)', () => {
  const found = roles('Georg Wallner löste Karl Huber als Präsident ab.');
  assert.deepEqual(found['Georg Wallner'], ['Präsident']);
  assert.deepEqual(found['Karl Huber'], ['Präsident']);
  assert.deepEqual(roles('Georg Wallner beerbt Karl Huber als Trainer.')['Georg Wallner'], ['Trainer']);
  assert.deepEqual(roles('Georg Wallner folgte Karl Huber als Präsident nach.')['Georg Wallner'], ['Präsident']);
});

test('other verbs with a named object keep "als" for the object: "traf Y als Präsident", "lobte Y als Trainer"', () => {
  assert.deepEqual(roles('Georg Wallner traf Karl Huber als Präsident.')['Georg Wallner'], []);
  assert.deepEqual(roles('Georg Wallner lobte Karl Huber als Trainer.')['Georg Wallner'], []);
  // (an object with its own title is no bare predecessor's name)
  assert.deepEqual(roles('Georg Wallner folgte dem Trainer Karl Huber als Chef nach.')['Georg Wallner'], []);
});

test('"früher als ROLE" after a verb of a post or with "tätig" is a former post, not a comparison (pfix)', () => {
  assert.deepEqual(roles('Max Weber arbeitete früher als Lehrer.'), { 'Max Weber': ['Lehrer'] });
  assert.deepEqual(roles('Max Weber kam. Er arbeitete früher als Lehrer.'), { 'Max Weber': ['Lehrer'] });
  assert.deepEqual(roles('Max Weber war früher als Lehrer tätig.'), { 'Max Weber': ['Lehrer'] });
  // comparisons stay comparisons
  assert.deepEqual(roles('Max Weber ist größer als sein Bruder.'), { 'Max Weber': [] });
  assert.deepEqual(roles('Max Weber kam früher als erwartet.'), { 'Max Weber': [] });
  assert.deepEqual(roles('Max Weber arbeitete früher als sein Bruder.'), { 'Max Weber': [] });
  assert.deepEqual(roles('Max Weber war früher als der Lehrer da.'), { 'Max Weber': [] });
});
