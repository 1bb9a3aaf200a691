/**
 * Roles stated about a person rather than put before the name, and definite descriptions that
 * refer back to the one person they can mean.
 */
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

/** name -> roles of the people of a text. */
function roles(text: string): Record<string, string[]> {
  const people = findPeople(text, splitSentences(text)).people;
  return Object.fromEntries(people.map((p) => [p.name, p.roles]));
}

describe('predicative roles', () => {
  it('"X ist neuer Regierungschef Japans" (with an article or "seit" too)', () => {
    assert.deepEqual(roles('Olaf Scholz ist neuer Regierungschef Deutschlands.'), { 'Olaf Scholz': ['neuer Regierungschef Deutschlands'] });
    assert.deepEqual(roles('Robert Habeck ist seit 2021 Vizekanzler.'), { 'Robert Habeck': ['Vizekanzler'] });
  });

  it('"X trat ihr Amt als Kanzlerin an"', () => {
    assert.deepEqual(roles('Angela Merkel trat ihr Amt als Kanzlerin an.'), { 'Angela Merkel': ['Kanzlerin'] });
  });

  it('"X wurde zum Vorsitzenden der CUD gewählt"', () => {
    assert.deepEqual(roles('Hans Kübler wurde am Montag zum Vorsitzenden der CUD gewählt.'), { 'Hans Kübler': ['Vorsitzender der CUD'] });
  });

  it('"Als Außenminister hatte X …"', () => {
    assert.deepEqual(roles('Als Außenminister hatte Heiko Maas nichts gesagt.'), { 'Heiko Maas': ['Außenminister'] });
  });

  it('a copula joined to the subject\'s first verb: "X lief ins Ziel und wurde damit zum dritten Mal Sieger"', () => {
    assert.deepEqual(roles('Tom Brandt aus Kiel lief nach 2:31 Stunden ins Ziel und wurde damit zum dritten Mal Sieger.'), { 'Tom Brandt': ['Sieger'] });
    // negatives: an object before "und wurde", a comma between, an adjective after the copula
    assert.deepEqual(roles('Karl Peters traf die Ministerin Anna Roth in Berlin und wurde Präsident.'), { 'Karl Peters': [], 'Anna Roth': ['Ministerin'] });
    assert.deepEqual(roles('Tom Brandt lief, so hieß es, und wurde Sieger.'), { 'Tom Brandt': [] });
    assert.deepEqual(roles('Tom Brandt lief ins Ziel und wurde krank.'), { 'Tom Brandt': [] });
  });

  it('no role from an opinion or from "zum" without an appointment', () => {
    assert.deepEqual(roles('Anna Kowalski ist der Meinung, dass es regnet. Max Brandner ging zum Präsidenten.'), { 'Anna Kowalski': [], 'Max Brandner': [] });
  });
});

describe('definite descriptions', () => {
  it('"Der US-Sondergesandte für Nordkorea" is the one US official the text was speaking of', () => {
    const text =
      'US-Präsident Donald Trump lobte die Gespräche. Der US-Vizeaußenminister Stephen Biegun reiste nach Seoul. ' +
      'Biegun widersprach Spekulationen. Der US-Sondergesandte für Nordkorea hatte zuletzt die Chancen als gering eingestuft.';
    const found = roles(text);
    assert.deepEqual(found['Stephen Biegun'], ['US-Vizeaußenminister', 'US-Sondergesandter für Nordkorea']);
    assert.deepEqual(found['Donald Trump'], ['US-Präsident']);
  });

  it('no link when two people fit equally', () => {
    const text = 'US-Präsident Donald Trump traf US-Vizeaußenminister Stephen Biegun. Der US-Sondergesandte für Nordkorea schwieg.';
    const found = roles(text);
    assert.deepEqual(found['Stephen Biegun'], ['US-Vizeaußenminister']);
    assert.deepEqual(found['Donald Trump'], ['US-Präsident']);
  });
});

describe('genitive relations', () => {
  it('a genitive complement whose noun is a named person\'s title runs on to the name: "ein Schüler des Malers Otto Brandt"', () => {
    assert.deepEqual(roles('Hans Lindqvar war ein Schüler des Malers Otto Brandt.')['Hans Lindqvar'], ['Schüler des Malers Otto Brandt']);
    assert.deepEqual(roles('Hans Lindqvar ist Sprecher der Ministerin Eva Roth.')['Hans Lindqvar'], ['Sprecher der Ministerin Eva Roth']);
    // the named person's title stays theirs; a title before a name with no genitive is still no role of the subject
    assert.deepEqual(roles('Hans Lindqvar war ein Schüler des Malers Otto Brandt.')['Otto Brandt'], ['Maler']);
    assert.deepEqual(roles('Hans Lindqvar ist für Präsident Trump.')['Hans Lindqvar'], []);
  });
});

describe('a party in brackets and a genitive complement', () => {
  it('a copula after a party in brackets: "Petra Hanz (SPD) war seit 2005 Mitglied des Deutschen Bundestages"', () => {
    assert.deepEqual(roles('Petra Hanz (SPD) war seit 2005 Mitglied des Deutschen Bundestages.')['Petra Hanz'], ['Mitglied des Deutschen Bundestages']);
    // a verb that states nothing after the brackets
    assert.deepEqual(roles('Karl Otto (CDU) traf den Präsidenten.')['Karl Otto'], []);
  });
});

describe('a role opening the sentence, a copula and the subject after it', () => {
  it('"Erster Träger des Trikots ist der 23 Jahre alte Kolumbianer X", "Präsident ist X"', () => {
    assert.deepEqual(roles('Erster Träger des Gelben Trikots ist der 23 Jahre alte Kolumbianer Fernando Garcia vom Team Blau.')['Fernando Garcia'], ['Erster Träger des Gelben Trikots']);
    assert.deepEqual(roles('Bisheriger Amtsinhaber ist Tom Brandt.')['Tom Brandt'], ['Bisheriger Amtsinhaber']);
  });

  it('not past a preposition or a comma: "Trainer ist nach Angaben des Vereins X", "… ist der Preis für X"', () => {
    assert.deepEqual(roles('Trainer ist nach Angaben des Vereins Tom Brandt.')['Tom Brandt'], []);
    assert.deepEqual(roles('Das Gelbe Trikot ist der Preis für Tom Brandt.')['Tom Brandt'], []);
  });
});

test('a span of years between the copula and the role: "war von 1990 bis 1998 Bürgermeister", "ist ab 2010 Chef"', () => {
  assert.deepEqual(roles('Karl Brand war von 1990 bis 1998 Bürgermeister der Stadt.'), { 'Karl Brand': ['Bürgermeister der Stadt'] });
  assert.deepEqual(roles('Karl Brand war bis 2005 Trainer.'), { 'Karl Brand': ['Trainer'] });
  assert.deepEqual(roles('Karl Brand ist ab 2010 Chef der Bank.'), { 'Karl Brand': ['Chef der Bank'] });
  // "von" before a number that opens no span, and "von" before a noun, stay prepositions
  assert.deepEqual(roles('Karl Brand war von 10 Leuten umgeben.'), { 'Karl Brand': [] });
  assert.deepEqual(roles('Karl Brand war von dem Trainer enttäuscht.'), { 'Karl Brand': [] });
});

test('a role opening the sentence past a possessive, then a copula and the subject: "Sein Nachfolger wird X"', () => {
  assert.deepEqual(roles('Peter Lang trat zurück. Sein Nachfolger wird Karl Brand.')['Karl Brand'], ['Nachfolger']);
  assert.deepEqual(roles('Anna Roth geht. Ihre Stellvertreterin ist die Juristin Eva Seidel.')['Eva Seidel'], ['Juristin', 'Stellvertreterin']);
  // negatives: the owner named before gets nothing; no role noun after the possessive, no role
  assert.deepEqual(roles('Peter Lang trat zurück. Sein Nachfolger wird Karl Brand.')['Peter Lang'], []);
  assert.deepEqual(roles('Karl Brand schwieg. Sein Auto war kaputt.')['Karl Brand'], []);
});

test('a role with its article opening the sentence, a copula, the subject: "Der bisherige Sondergesandte war der Franzose X" (roles6 round)', () => {
  assert.deepEqual(roles('Der neue Trainer ist Georg Wallner.')['Georg Wallner'], ['neuer Trainer']);
  assert.deepEqual(roles('Die neue Kanzlerin ist Anna Berg.')['Anna Berg'], ['neue Kanzlerin']);
  assert.equal(roles('Der bisherige Sondergesandte für Afghanistan war der Franzose Jean Arnaud.')['Jean Arnaud']?.length, 1);
  // a year between the copula and the subject
  assert.deepEqual(roles('Künstlerischer Leiter wird 2007 Georg Wallner sein.')['Georg Wallner'], ['Künstlerischer Leiter']);
});

test('no role for a genitive owner after the copula, an object, or "Ein …" (one of several)', () => {
  // (the genitive's own role is another matter: the title before the copula is not his)
  assert.ok(!Object.values(roles('Der Präsident war Georg Wallners Freund.')).flat().includes('Präsident'));
  assert.deepEqual(roles('Der Trainer lobte Georg Wallner.')['Georg Wallner'], []);
  assert.deepEqual(roles('Der Präsident ist mit Georg Wallner befreundet.')['Georg Wallner'], []);
  assert.deepEqual(roles('Ein Kandidat ist Georg Wallner.')['Georg Wallner'], []);
  // (the name does not close the clause: a dative or accusative object of the role's holder)
  assert.deepEqual(roles('Der Täter war Georg Wallner nicht bekannt.')['Georg Wallner'], []);
  assert.deepEqual(roles('Die Kanzlerin wird Georg Wallner morgen treffen.')['Georg Wallner'], []);
  assert.deepEqual(roles('Der Präsident war Georg Wallner dankbar.')['Georg Wallner'], []);
  // (closing it: "sein", a comma)
  assert.deepEqual(roles('Der neue Trainer wird Georg Wallner sein.')['Georg Wallner'], ['neuer Trainer']);
  assert.deepEqual(roles('Der neue Trainer ist Georg Wallner, der aus Berlin kommt.')['Georg Wallner'], ['neuer Trainer']);
});

test('"ist seit dem 25. Februar 2010 Ministerpräsident": a date with its article between copula and role', () => {
  assert.deepEqual(roles('Georg Wallner ist seit dem 25. Februar 2010 Ministerpräsident des Landes.')['Georg Wallner'], ['Ministerpräsident des Landes']);
  // (an oblique object still ends the search)
  assert.deepEqual(roles('Georg Wallner ist seit dem Treffen mit dem Ministerpräsidenten zufrieden.')['Georg Wallner'], []);
});

test('a fronted "In seiner Funktion als …" is the subject\'s, as a fronted "Als …" (roles6 round)', () => {
  assert.deepEqual(roles('In seiner Funktion als Vorsitzender des Ausschusses lehnte Peter Gruber den Antrag ab.')['Peter Gruber'], ['Vorsitzender des Ausschusses']);
  assert.deepEqual(roles('In ihrer Eigenschaft als Ministerin besuchte Anna Berg die Schule.')['Anna Berg'], ['Ministerin']);
  // (a speech "als Präsident" is no capacity phrase this rule knows)
  assert.deepEqual(roles('In seiner Rede als Präsident lobte Peter Gruber die Schule.')['Peter Gruber'], []);
});

test('a fronted "Als …" passes a subject that is no person before the named object: "Als Regisseur verpflichtete das ZDF X"', () => {
  assert.deepEqual(roles('Als Regisseur verpflichtete das ZDF Gero von Brandt.')['Gero von Brandt'], ['Regisseur']);
  assert.deepEqual(roles('Als Trainer holte der Verein Georg Wallner.')['Georg Wallner'], ['Trainer']);
  // (the subject named first keeps it; the object after it does not get it)
  const found = roles('Als Präsident lobte Peter Gruber den Minister Karl Huber.');
  assert.deepEqual(found['Peter Gruber'], ['Präsident']);
  assert.deepEqual(found['Karl Huber'], ['Minister']);
  assert.deepEqual(roles('Als Kind lebte Georg Wallner in Rom.')['Georg Wallner'], []);
});

test('a phrase of time between the copula and the role: "wird in der kommenden Saison der neue Trainer", "wird im Sommer neuer Trainer"', () => {
  assert.ok(roles('Marco van Basten wird in der kommenden Saison der neue Trainer des Vereins.')['Marco van Basten']?.includes('neuer Trainer des Vereins'));
  assert.deepEqual(roles('Georg Wallner wird im Sommer neuer Trainer des Vereins.')['Georg Wallner'], ['neuer Trainer des Vereins']);
  // (a place is no time: the search ends there, as before)
  assert.deepEqual(roles('Georg Wallner ist in der Stadt ein bekannter Arzt.')['Georg Wallner'], []);
  assert.deepEqual(roles('Georg Wallner ist mit dem Präsidenten befreundet.')['Georg Wallner'], []);
});

test('a negation takes the stated role back: "war nie Sprecher", "wurde nicht zum Vorsitzenden gewählt"', () => {
  assert.deepEqual(roles('Markus Weber war nie Sprecher der Partei.'), { 'Markus Weber': [] });
  assert.deepEqual(roles('Markus Weber wurde nicht zum Vorsitzenden gewählt.'), { 'Markus Weber': [] });
  assert.deepEqual(roles('Markus Weber wurde zum Vorsitzenden gewählt.'), { 'Markus Weber': ['Vorsitzender'] });
});
