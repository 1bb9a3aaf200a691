/**
 * Roles however German news states them (issue #13): after the copula, in "als"-phrases, in
 * relative clauses, with a genitive before the name, person nouns next to a known name, for
 * pronouns; and the negatives: a role never goes to the wrong person.
 * The sentences are written for these tests (not taken from the corpus).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

/** name -> roles of the people of a text. */
function roles(text: string): Record<string, string[]> {
  const people = findPeople(text, splitSentences(text)).people;
  return Object.fromEntries(people.map((p) => [p.name, p.roles]));
}

describe('stated roles', () => {
  it('copula with an indefinite article, an adjective and coordinated roles', () => {
    assert.deepEqual(roles('Tobias Rieger ist ein erfolgreicher Geschäftsmann und Buchhändler.')['Tobias Rieger'], ['Geschäftsmann', 'Buchhändler']);
    assert.deepEqual(roles('Lena Vogtmann ist Web-Designerin und Sachbuch-Autorin.')['Lena Vogtmann'], ['Web-Designerin', 'Sachbuch-Autorin']);
    assert.deepEqual(roles('Jonas Pietsch ist Mitglied im Landesvorstand.')['Jonas Pietsch'], ['Mitglied im Landesvorstand']);
    assert.deepEqual(roles('Karl Bender wurde 1998 Präsident des Verbands.')['Karl Bender'], ['Präsident des Verbands']);
    assert.deepEqual(roles('Damit ist Karl Bender Präsident des Verbands.')['Karl Bender'], ['Präsident des Verbands']);
  });

  it('no role after the copula from an oblique case, a preposition or a name', () => {
    const found = roles('Anna Kowalski ist mit dem Präsidenten befreundet. Jana Novak ist für Präsident Tomas Berger.');
    assert.deepEqual(found['Anna Kowalski'], []);
    assert.deepEqual(found['Jana Novak'], []);
    assert.deepEqual(found['Tomas Berger'], ['Präsident']);
  });

  it('"X (Partei) als Ministerpräsidentin", but not "als" before another name', () => {
    assert.deepEqual(roles('Seit dem Amtsantritt von Eva Brandt (SPD) als Ministerpräsidentin ist viel geschehen.')['Eva Brandt'], ['Ministerpräsidentin']);
    const found = roles('Mehr Stimmen als erwartet bekam Eva Brandt als Präsident Jan Ottmer.');
    assert.deepEqual(found['Eva Brandt'], []);
  });

  it('"Auch als Buchhändlerin war sie tätig": the pronoun the text links to one person', () => {
    const text = 'Lena Vogtmann lebt in Bonn. Auch als Buchhändlerin war sie bereits tätig. Außerdem ist sie Mitglied im Stadtrat.';
    assert.deepEqual(roles(text)['Lena Vogtmann']?.sort(), ['Buchhändlerin', 'Mitglied im Stadtrat']);
  });

  it('no role for an ambiguous pronoun', () => {
    const found = roles('Lena Vogtmann traf Maria Kernbach in Bonn. Sie ist Ärztin.');
    assert.deepEqual(found['Lena Vogtmann'], []);
    assert.deepEqual(found['Maria Kernbach'], []);
  });

  it('a date between copula and role; no role to a name governed by a preposition', () => {
    assert.deepEqual(roles('Stefan Tillmann ist seit 28. Mai 2008 Ministerpräsident des Freistaats Sachsen.')['Stefan Tillmann'], ['Ministerpräsident des Freistaats']);
    const found = roles('Der frühere Präsident Georg Warnecke starb. 1997 wurde er nach dem Rücktritt von Tom Downing zum Präsidenten der Bahn berufen.');
    assert.deepEqual(found['Tom Downing'], []);
    assert.deepEqual(found['Georg Warnecke'], ['früherer Präsident', 'Präsident der Bahn']);
    assert.deepEqual(roles('Laut Tom Downing ist Georg Warnecke der richtige Präsident.')['Tom Downing'], []);
  });

  it('an appointment names its object, and the nearer of two people', () => {
    assert.deepEqual(roles('Das Parlament hat den Industrieminister Hamid Karimi zum neuen Parlamentspräsidenten gewählt.')['Hamid Karimi'], ['Industrieminister', 'neuer Parlamentspräsident']);
    const found = roles('Petra Lind hat den Minister Olaf Brandtner zum Vizekanzler ernannt.');
    assert.deepEqual(found['Petra Lind'], []);
    assert.deepEqual(found['Olaf Brandtner'], ['Minister', 'Vizekanzler']);
    assert.deepEqual(roles('Olaf Brandtner wurde von Petra Lind zum Vizekanzler ernannt.')['Olaf Brandtner'], ['Vizekanzler']);
  });

  it('no role from a candidacy or a failed election', () => {
    const found = roles('Michael Sommer bezweifelte die Eignung von Petra Lind für das Amt des Bundeskanzlers. Max Brandner sollte zum Vorsitzenden gewählt werden, unterlag aber.');
    assert.deepEqual(found['Michael Sommer'], []);
    assert.deepEqual(found['Max Brandner'], []);
  });

  it('a relative clause ending in a copula, after the name or a clause-final verb', () => {
    const found = roles('Sabine Kurz soll Peter Langhans beerben, der ab Februar Vorsitzender der Geschäftsführung sein wird.');
    assert.deepEqual(found['Peter Langhans'], ['Vorsitzender der Geschäftsführung']);
    assert.deepEqual(found['Sabine Kurz'], []);
    assert.deepEqual(roles('Wir sprachen mit Jan Ottmer, der seit 2019 Bürgermeister ist.')['Jan Ottmer'], ['Bürgermeister']);
  });

  it('no role from a relative clause that governs the title or ends in another verb', () => {
    const found = roles('Sabine Kurz, die den Vorsitzenden der Partei kritisiert hatte, schwieg. Jan Ottmer, der mit dem Präsidenten befreundet ist, kam.');
    assert.deepEqual(found['Sabine Kurz'], []);
    assert.deepEqual(found['Jan Ottmer'], []);
  });
});

describe('titles next to the name', () => {
  it('a title with a genitive right before the name', () => {
    const found = roles('Der Plan wurde vom außenpolitischen Sprecher der SPD-Bundestagsfraktion Rolf Hansen begrüßt.');
    assert.deepEqual(found['Rolf Hansen'], ['außenpolitischer Sprecher der SPD-Bundestagsfraktion']);
    assert.deepEqual(roles('„Das ist gut“, so der Chef des Verwaltungsrats Ulrich Kessler.')['Ulrich Kessler'], ['Chef des Verwaltungsrats']);
  });

  it('"Prof." is the title Professor; "Amtskollegin", "Expertin" are female titles', () => {
    assert.deepEqual(roles('Ein Vortrag von Prof. Li Wenhao folgte.')['Li Wenhao'], ['Professor']);
    assert.deepEqual(roles('Er traf seine französische Amtskollegin Claire Dubois.')['Claire Dubois'], ['französische Amtskollegin']);
  });

  it('person nouns next to a known name, not demonyms', () => {
    assert.deepEqual(roles('Angeklagt ist der Soldat Mark Fennimore.')['Mark Fennimore'], ['Soldat']);
    assert.deepEqual(roles('Tim Brehme, ein reicher Kaufmann, kaufte das Haus.')['Tim Brehme'], ['Kaufmann']);
    assert.deepEqual(roles('Es gewann der Kenianer Paul Kiprono.')['Paul Kiprono'], []);
  });

  it('an apposition title followed by a name belongs to that name', () => {
    const found = roles('Bestraft werden Antonio Verdi, Vereinschef Claudio Rossetti, und andere.');
    assert.deepEqual(found['Antonio Verdi'], []);
    assert.deepEqual(found['Claudio Rossetti'], ['Vereinschef']);
  });

  it('an apposition after a party in brackets, "seines Zeichens", a "Dr." after the comma; adjectives in the complement', () => {
    assert.deepEqual(roles('Stefan Tillmann (CDU), amtierender sächsischer Ministerpräsident, sprach.')['Stefan Tillmann'], ['amtierender sächsischer Ministerpräsident']);
    assert.deepEqual(roles('Barry Steinmann, seines Zeichens Direktor der US-amerikanischen Bürgerrechtsorganisation, warnte.')['Barry Steinmann'], ['Direktor der US-amerikanischen Bürgerrechtsorganisation']);
    assert.deepEqual(roles('Der türkische Hochschulratspräsident, Dr. Erdal Tezcan, gab den Preis zurück.')['Erdal Tezcan'], ['türkischer Hochschulratspräsident']);
    assert.deepEqual(roles('Der frühere Präsident der amerikanischen Bahngesellschaft Amtrak George D. Warnecke starb.')['George D. Warnecke'], [
      'früherer Präsident der amerikanischen Bahngesellschaft Amtrak',
    ]);
  });

  it('the name of a body after the title stays with it', () => {
    assert.deepEqual(roles('Markus Hettinger, Präsident der österreichischen Mars Society, hatte die Idee.')['Markus Hettinger'], ['Präsident der österreichischen Mars Society']);
    assert.deepEqual(roles('Das sagte der Direktor der peruanischen Luftfahrtbehörde Roberto Ramirez.')['Roberto Ramirez'], ['Direktor der peruanischen Luftfahrtbehörde']);
  });

  it('no title from "deren Vorstand X angehört"', () => {
    assert.deepEqual(roles('Die Partei, deren Vorstand Klaus Brenner angehört, verlor.')['Klaus Brenner'], []);
  });
});
