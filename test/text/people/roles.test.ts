/**
 * The title phrases around names (roles.ts, role-phrase.ts): an address between title and name, "von" +
 * place as the complement, an extended attribute before an apposition, a capitalised adjective in the
 * complement. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('"Herr"/"Frau" are no roles; a title before the address is the name\'s, with "von" + place', () => {
  assert.deepEqual(people('Der Bürgermeister von Kleinhausen Herr Bernd Walther eröffnete das Fest.'), { 'Bernd Walther': ['Bürgermeister von Kleinhausen'] });
  assert.deepEqual(people('Frau Lena Vogtmann sprach mit Herrn Peters.'), { 'Lena Vogtmann': [], Peters: [] });
  assert.deepEqual(people('Der Rücktritt von Kanzler Gerd Bauer kam überraschend.'), { 'Gerd Bauer': ['Kanzler'] });
});

test('an apposition title after an extended attribute, with its dates: "der als gemäßigt geltende frühere Präsident …, X"', () => {
  const found = people('Auch der als gemäßigt geltende frühere Präsident Irans zwischen 1997 und 2005, Hamid Sadeghi, kam.');
  assert.deepEqual(found['Hamid Sadeghi'], ['früherer Präsident Irans zwischen 1997 und 2005']);
  // no article before the attribute: no apposition title
  assert.deepEqual(people('Als gemäßigt geltende frühere Präsidenten, Hamid Sadeghi und andere, kamen.')['Hamid Sadeghi'] ?? [], []);
});

test('a capitalised adjective and its noun complete the complement: "der Deutschen Bank", not "der Grünen Jürgen …"', () => {
  assert.deepEqual(people('Georg Walker, Präsident der Vereinigten Staaten, kam.')['Georg Walker'], ['Präsident der Vereinigten Staaten']);
  assert.deepEqual(people('Hans Meier, Sprecher der Grünen, sagte nichts.')['Hans Meier'], ['Sprecher der Grünen']);
});

test('no title from a genitive phrase before the apposition, nor a person noun before a genitive name', () => {
  const found = people('Der Nachfolger des am Montag zurückgetretenen Konzernchefs Christian Streibel, Louis Garnier, kündigte Kürzungen an.');
  assert.deepEqual(found['Louis Garnier'], []);
  assert.deepEqual(people('Einige Anhänger Karl Brendlers protestierten, sagte Karl Brendler.')['Karl Brendler'], []);
  assert.deepEqual(people('Gestern sagte dem gegenwärtigen Generalsekretär der Union, Pichai Sornrat, niemand etwas.')['Pichai Sornrat'], ['Generalsekretär der Union']);
});

test('"für" + its noun between a title and the name is the complement: "Der EU-Kommissar für Energie X"', () => {
  assert.deepEqual(people('Der EU-Kommissar für Verkehr Rainer Gottschalk lobte den Plan.'), { 'Rainer Gottschalk': ['EU-Kommissar für Verkehr'] });
  // negative: "für" after a verb governs the name itself
  assert.deepEqual(people('Er stimmte für Verkehr Rainer Gottschalk zu.'), { 'Rainer Gottschalk': [] });
});

test('an apposition with a definite article keeps adjectives before a title: "X, dem bekanntesten Herausforderer"', () => {
  assert.deepEqual(people('Geladen war Karim Soliman, dem bekanntesten Herausforderer des Präsidenten.')['Karim Soliman'], ['bekanntester Herausforderer des Präsidenten']);
  // negative: adjectives before a noun that is no title
  assert.deepEqual(people('Karl Peters, dem neuen Haus des Vereins, gefiel das.')['Karl Peters'], []);
});

test('a "-macher" compound is a person noun before a name: "dem niederländischen Filmemacher X"', () => {
  assert.deepEqual(people('Sie drehte mit dem belgischen Filmemacher Jan de Boer einen Film.'), { 'Jan de Boer': ['belgischer Filmemacher'] });
});

test('a relative clause after a name is no apposition: "X, der den ehemaligen Chef Y verteidigt hatte"', () => {
  assert.deepEqual(people('Er nahm den Anwalt Bernd Kuhl, der den ehemaligen Bankchef Otto Reiners verteidigt hatte.')['Bernd Kuhl'], ['Anwalt']);
});

test('an apposition title before the name past a bracketed abbreviation or quoted name: "Der Chef der Zentralbank (ZB), X,"', () => {
  assert.deepEqual(people('Der Chef der Landesbank (LB), Karl Otto, sagte nichts.')['Karl Otto'], ['Chef der Landesbank']);
  assert.deepEqual(people('Der Geschäftsführer von „Acme“, Bernd Kunz, sagte, es sei gut.')['Bernd Kunz'], ['Geschäftsführer von Acme']);
  // a bracket that is no abbreviation ends the search, as any other mark does
  assert.deepEqual(people('Der Chef der Landesbank (seit 2001), Karl Otto, sagte nichts.')['Karl Otto'], []);
  // a verb between the title and the comma: no apposition
  assert.deepEqual(people('Der Chef der Landesbank lobte „Acme“, Bernd Kunz, sagte es.')['Bernd Kunz'] ?? [], []);
});

test('"Vorsitzende" before another title is part of it: "der Vorsitzende Richter, X," / "die Vorsitzende Richterin X"', () => {
  assert.deepEqual(people('Wie der Vorsitzende Richter, Anton Maier, ausführte, war es gut.')['Anton Maier'], ['Vorsitzender Richter']);
  assert.deepEqual(people('Die Vorsitzende Richterin Anna Roth sagte nichts.')['Anna Roth'], ['Vorsitzende Richterin']);
  // alone it is the title itself
  assert.deepEqual(people('Der Vorsitzende Karl Otto sagte nichts.')['Karl Otto'], ['Vorsitzender']);
});

test('a rank in a body is a role: "ist die Nummer Zwei der Organisation"', () => {
  assert.deepEqual(people('Der 64-jährige Kenji Tanaka ist die Nummer  Zwei der Yamaguchi-gumi, einem Zweig der Yakuza.')['Kenji Tanaka'], ['Nummer Zwei der Yamaguchi-gumi']);
  // a number worn, with no body after it, is none
  assert.deepEqual(people('Kenji Tanaka trug die Nummer 2.')['Kenji Tanaka'], []);
});

test('an apposition title before a name set off by dashes ("dem Anwalt seiner Familie – X –"), the genitive apposition with "deutschen"', () => {
  assert.deepEqual(people('Er sprach mit dem Anwalt seiner Familie – Rainer Wittrock – über den Fall.'), { 'Rainer Wittrock': ['Anwalt seiner Familie'] });
  assert.deepEqual(people('Das sagte der Sprecher des Ministeriums — Karl Brand.'), { 'Karl Brand': ['Sprecher des Ministeriums'] });
  assert.deepEqual(people('Er teilte die Meinung des deutschen Oberbefehlshabers vor Ort, Karl Viermann.'), { 'Karl Viermann': ['deutscher Oberbefehlshaber vor Ort'] });
  // a dash that opens a new clause sets off nothing: the name's own verb follows it
  assert.deepEqual(people('Er traf den Präsidenten – Karl Brand war nicht da.'), { 'Karl Brand': [] });
  assert.deepEqual(people('Er traf den Präsidenten – Karl Brand, der Kanzler, war nicht da.')['Karl Brand']?.includes('Präsident'), false);
  assert.deepEqual(people('Es kam zum Streit – Karl Brand verließ den Saal.'), { 'Karl Brand': [] });
});

test('a genitive name after a title whose article is no genitive is its owner: "der Anwältin Karla Wendts"', () => {
  assert.deepEqual(people('Nach Angaben der Anwältin Karla Wendts sei alles gut. Karla Wendt schwieg.'), { 'Karla Wendt': [] });
  // "des Malers X-s" agrees with its title; a title with no article keeps the name's
  assert.deepEqual(people('Die Werke des Malers Anton Wendts sind gut.'), { 'Anton Wendts': ['Maler'] });
  assert.deepEqual(Object.values(people('Bundeskanzlerin Angela Merkels Politik ist gut.')), [['Bundeskanzlerin']]);
});

test('"außer Dienst" between the title and the name is kept with the title: "Innenminister a. D. X" (roles6 round)', () => {
  assert.deepEqual(people('Innenminister a. D. Hans Wallner sprach.')['Hans Wallner'], ['Innenminister a. D.']);
  assert.deepEqual(people('Der Innenminister a. D. Hans Wallner sprach.')['Hans Wallner'], ['Innenminister a. D.']);
  // (after the name, as an apposition, the title alone)
  assert.deepEqual(people('Peter Gruber, Innenminister a. D., sprach in Berlin.')['Peter Gruber'], ['Innenminister']);
});

test('a title phrase in brackets after the name: "X (Präsident des Vereins)"; a party, an age or another noun is none', () => {
  assert.deepEqual(people('Georg Wallner (Präsident des Vereins) reiste nach Rom.')['Georg Wallner'], ['Präsident des Vereins']);
  assert.deepEqual(people('Georg Wallner (Bürgermeister) reiste nach Rom.')['Georg Wallner'], ['Bürgermeister']);
  assert.deepEqual(people('Claudia Rothe (Grüne) reiste nach Rom.')['Claudia Rothe'], []);
  assert.deepEqual(people('Georg Wallner (SPD) reiste nach Rom.')['Georg Wallner'], []);
  assert.deepEqual(people('Georg Wallner (45) reiste nach Rom.')['Georg Wallner'], []);
  assert.deepEqual(people('Georg Wallner (Foto) reiste nach Rom.')['Georg Wallner'], []);
});

test('a genitive of the genitive between a title and the name: "der Vorsitzende des Haushaltsausschusses des Parlaments X"', () => {
  assert.deepEqual(people('Das sagte der Vorsitzende des Haushaltsausschusses des Parlaments Peter Gruber.')['Peter Gruber'], ['Vorsitzender des Haushaltsausschusses des Parlaments']);
  assert.deepEqual(people('Das sagte der Chef des Verwaltungsrats des Konzerns Ulrich Meindl.')['Ulrich Meindl'], ['Chef des Verwaltungsrats des Konzerns']);
  // (the title of a genitive before the name is the name's, the noun before it is not: "der Freund des Präsidenten X")
  assert.deepEqual(people('Das sagte der Freund des Präsidenten Karl Huber.')['Karl Huber'], ['Präsident']);
});

test('a title after a lower-case prefix ("ödp-Spitzenkandidat X"), and "Hoher Vertreter", "Regierender Bürgermeister" kept whole', () => {
  assert.deepEqual(people('Für Aufsehen sorgte der ödp-Spitzenkandidat Bernhard Suttner.')['Bernhard Suttner'], ['ödp-Spitzenkandidat']);
  assert.deepEqual(people('Das sagte verdi-Verhandlungsführer Frank Bäsler.')['Frank Bäsler'], ['verdi-Verhandlungsführer']);
  assert.deepEqual(people('Der Regierende Bürgermeister Klaus Wowereit sagte das.')['Klaus Wowereit'], ['Regierender Bürgermeister']);
  assert.deepEqual(people('Javier Solana, der Hohe Vertreter der Union, sagte das.')['Javier Solana']?.length, 1);
  // (a lower-case prefix before a noun that is no title)
  assert.deepEqual(people('Die ödp-Mitgliedschaft von Bernhard Suttner endete.')['Bernhard Suttner'], []);
});

test('person nouns known by declension take their place as titles (person-declension.ts)', () => {
  assert.deepEqual(people('Nach Angaben des Rezensenten Jörg Almstedt sei das Buch misslungen.'), { 'Jörg Almstedt': ['Rezensent'] });
  assert.deepEqual(people('Peter Lindau, Obmann der Fraktion im Ausschuss, widersprach.'), { 'Peter Lindau': ['Obmann der Fraktion'] });
  assert.deepEqual(people('Der Christdemokrat Hans Wiesel sprach im Landtag.'), { 'Hans Wiesel': ['Christdemokrat'] });
  // a thing with the same declension gives no title
  assert.deepEqual(people('Der Satellit Hans Wiesel sprach im Landtag.')['Hans Wiesel'] ?? [], []);
});

test('a military rank before a name is its title; a surname that is a rank elsewhere stays a name', () => {
  assert.deepEqual(people('Oberst Franz Polzer leitete den Einsatz.'), { 'Franz Polzer': ['Oberst'] });
  assert.deepEqual(people('John Major sagte am Montag, er sei zufrieden.'), { 'John Major': [] });
  assert.deepEqual(people('Gerhart Hauptmann schrieb das Stück.'), { 'Gerhart Hauptmann': [] });
});

test('an honorific between the title and the name is passed over: "der britische Milliardär Sir Richard Branson" (pfix)', () => {
  assert.deepEqual(people('Der britische Milliardär Sir Richard Branson kam.'), { 'Richard Branson': ['britischer Milliardär'] });
  assert.deepEqual(people('Der Bürgermeister Herr Dieter Thalhammer kam.'), { 'Dieter Thalhammer': ['Bürgermeister'] });
  // no title before the honorific: none
  assert.deepEqual(people('Sir Richard Branson kam.'), { 'Richard Branson': [] });
});

test('"NOUN des TITLE, Name": a person noun takes the genitive as its complement, a kinship noun gives no title, a thing leaves the title to the name (roles8)', () => {
  assert.deepEqual(people('Einer der größten Kritiker des Ministerpräsidenten, Georg Wallner, widersprach.'), { 'Georg Wallner': ['Kritiker des Ministerpräsidenten'] });
  assert.deepEqual(people('Ein Sprecher der Ministerin, Karl Weber, widersprach.'), { 'Karl Weber': ['Sprecher der Ministerin'] });
  assert.deepEqual(people('Der ältere Bruder des Papstes, Georg Wallner, war krank.'), { 'Georg Wallner': [] });
  assert.deepEqual(people('Die Frau des Ministerpräsidenten, Anna Weber, widersprach.'), { 'Anna Weber': [] });
  assert.deepEqual(people('Sie kritisierte die Pläne des Bundesinnenministers, Georg Wallner, scharf.'), { 'Georg Wallner': ['Bundesinnenminister'] });
  assert.deepEqual(people('Der Präsident des Landes, Georg Wallner, widersprach.'), { 'Georg Wallner': ['Präsident des Landes'] });
});
