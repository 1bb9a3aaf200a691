/**
 * Speakers written around the quote in further ways (issue 13): a name in apposition after a long
 * title phrase, a quote split by its verb, "zitiert" with the speaker as object, ", so <verb> X", a
 * quote joined by "und", the next sentence pointing back ("Das musste X einräumen"), "Seiner Ansicht
 * nach", the subject after the verb in the sentence before, a genitive that is no rival, and the
 * subject of a reported clause that is no rival. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct } from '../../support/quotes.ts';

describe('the speaker after the cue, in apposition', () => {
  it('a long title phrase closed by a comma: "sagte der … Vorsitzende des Vereins der Imker, Jana Roth"', () => {
    assert.deepEqual(direct('„Wir brauchen mehr Blumen“, sagte die langjährige Vorsitzende des Vereins der Imker, Jana Roth.'), [['Jana Roth', 'Wir brauchen mehr Blumen']]);
  });

  it('a title before the name after the comma: "sagte der Kommandeur der Truppe, General Max Weber" (pfix)', () => {
    assert.deepEqual(direct('„Die Lage ist ruhig“, sagte der Kommandeur der Truppe im Norden, General Max Weber.'), [['Max Weber', 'Die Lage ist ruhig']]);
    // no title and no name after the comma: no speaker from the apposition
    assert.equal(direct('„Die Lage ist ruhig“, sagte der Kommandeur der Truppe im Norden, wie üblich.')[0]?.[0] ?? null, null);
  });

  it('a quote split by its verb: the second part keeps the speaker', () => {
    assert.deepEqual(direct('„Der Winter war hart“, sagte der Präsident des Landesverbands, Otto Berger. „Im Frühjahr wird es besser.“'), [
      ['Otto Berger', 'Der Winter war hart'],
      ['Otto Berger', 'Im Frühjahr wird es besser.'],
    ]);
  });

  it('no speaker when the title phrase has a verb before the comma', () => {
    assert.deepEqual(direct('„Wir brauchen mehr Blumen“, sagte der Mann, der die Bienen hält, Jana Roth zufolge.')[0]?.[0] ?? null, null);
  });
});

describe('verbs that name the speaker after them', () => {
  it('"zitiert" after a quote: the medium is the subject, the speaker the object', () => {
    assert.deepEqual(direct('„Das wird das beste Jahr“, zitiert die „Morgenpost“ Karl Winter in einem Bericht.'), [['Karl Winter', 'Das wird das beste Jahr']]);
    assert.deepEqual(direct('„Wir sind keine Gäste“, zitierte man Lena Fuchs vom Sender.'), [['Lena Fuchs', 'Wir sind keine Gäste']]);
  });

  it('", so <verb> <pronoun> X": "so beschrieb ihn der Gewerkschafter Bernd Aubert"', () => {
    assert.deepEqual(direct('„Er ist hart, aber fair“, so beschrieb ihn der Gewerkschafter Bernd Aubert.'), [['Bernd Aubert', 'Er ist hart, aber fair']]);
  });

  it('"X gab an, dass …" counts as saying', () => {
    assert.deepEqual(direct('Die Anwältin Sabine Krüger gab an, dass ihre Mandantin „große Angst hatte“.'), [['Sabine Krüger', 'große Angst hatte']]);
  });
});

describe('quotes that share a speaker with their neighbours', () => {
  it('a second quote joined by "und"', () => {
    assert.deepEqual(direct('Der Kanzler Bernd Auer hatte erklärt: „Wir schaffen das.“ und „Wir geben nicht auf.“'), [
      ['Bernd Auer', 'Wir schaffen das.'],
      ['Bernd Auer', 'Wir geben nicht auf.'],
    ]);
  });

  it('a quote standing alone, and the next sentence points back at it: "Das musste X einräumen"', () => {
    assert.deepEqual(direct('„Ja, es gibt Probleme“. Das musste die Ministerin Karla Weiß am Montag einräumen.'), [['Karla Weiß', 'Ja, es gibt Probleme']]);
  });

  it('no speaker from the next sentence when it does not point back', () => {
    assert.deepEqual(direct('„Ja, es gibt Probleme“. Am Montag sagte die Ministerin Karla Weiß etwas anderes.'), [[null, 'Ja, es gibt Probleme']]);
  });

  it('no speaker when the person of the next sentence is not the one who speaks', () => {
    for (const next of [
      'Das erklärte ein Sprecher von Angela Merkel.',
      'Das bestätigte ein Regierungssprecher gegenüber Angela Merkel.',
      'Dies wies ein Berater von Donald Trump zurück.',
      'So sah es auch die Opposition, nicht aber Donald Trump, der widersprach.',
    ]) {
      const found = direct(`Die Regierung tagte. „Wir bleiben bei unserem Kurs.“ ${next}`);
      assert.equal(found.length, 1, next);
      assert.deepEqual(found[0], [null, 'Wir bleiben bei unserem Kurs.'], next);
    }
  });

  it('"Seiner Ansicht nach „…“" continues the person the sentence before spoke of', () => {
    assert.deepEqual(direct('Der Bürgermeister Hans Ebner besuchte den Ort. Seiner Ansicht nach „sind wir Zeugen eines schwarzen Tages“.'), [['Hans Ebner', 'sind wir Zeugen eines schwarzen Tages']]);
  });

  it('"Ihrer Ansicht nach „…“" may be a group\'s view: no speaker, as for reported speech (possessor.ts)', () => {
    assert.deepEqual(direct('Die Bürgermeisterin Anna Ebner besuchte die Bauern. Ihrer Ansicht nach „sind wir Zeugen eines schwarzen Tages“.'), [[null, 'sind wir Zeugen eines schwarzen Tages']]);
  });

  it('the sentence before has its subject after the verb: "Um Zeit zu gewinnen, will X …"', () => {
    assert.deepEqual(direct('Um Zeit zu gewinnen, will Günther Mahler den Lehrplan kürzen. „Nicht jede Formel ist notwendig.“'), [['Günther Mahler', 'Nicht jede Formel ist notwendig.']]);
  });

  it('the sentence before opens with a title phrase and the name in apposition', () => {
    assert.deepEqual(direct('Die Sprecherin von Bündnis 90/Die Grünen, Anja Hoffmann, kritisierte die Pläne. Hier seien die Mittel „völlig unrealistisch“.'), [['Anja Hoffmann', 'völlig unrealistisch']]);
  });

  it('a fronted subordinate clause before the verb and its subject: "Da …, habe X „…“"', () => {
    assert.deepEqual(direct('Die Anwältin Gülsen Celebi war im Saal. Da ihre Mandantin Angst hatte, habe Celebi „die Verhandlung verzögert“.'), [['Gülsen Celebi', 'die Verhandlung verzögert']]);
  });

  it('a name inside the quote before does not count as a second person', () => {
    const quotes = direct('Der Theologe Hans Keller hofft, „dass Ratzinger sich zurückhält.“ Es sei schwierig, dass man eine Person findet, „die die Kirche aus der Krise führt.“');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], ['Hans Keller', 'die die Kirche aus der Krise führt.']);
  });
});

describe('people between the cue and the quote', () => {
  it('a genitive after a noun is no rival: "bezeichnete die Worte Anelkas als „…“"', () => {
    assert.deepEqual(direct('Der Stürmer Nico Anelka schwieg. Der Präsident Nicolas Sarkozy bezeichnete die Worte Anelkas als „inakzeptabel“.'), [['Nicolas Sarkozy', 'inakzeptabel']]);
  });

  it('a genitive is not the speaker after the verb either: "nannte die Absage Hartmanns einen „…“"', () => {
    assert.deepEqual(direct('Die Abgeordnete Swantje Hartmann sagte ab. Ein Kollege nannte die Absage Hartmanns einen „Vertrauensbruch“.'), [[null, 'Vertrauensbruch']]);
  });

  it('the subject of the reported clause after a comma is no rival: "sagte X, Y „ist …“"', () => {
    assert.deepEqual(direct('Später sagte die Kanzlerin Angela Merkel, Papst Benedikt „ist und bleibt ein großer Denker“.'), [['Angela Merkel', 'ist und bleibt ein großer Denker']]);
  });

  it('a person after the cue is its object when the subject stands right before the verb: "X sagte über Y: „…“" -> X', () => {
    assert.deepEqual(direct('Max Brandner sagte über Anna Kowalski: „Sie ist die Beste.“'), [['Max Brandner', 'Sie ist die Beste.']]);
  });

  it('a person right after an inverted cue, before any comma, still makes it unclear', () => {
    assert.deepEqual(direct('Am Montag sagte Max Brandner über Anna Kowalski: „Sie ist die Beste.“'), [[null, 'Sie ist die Beste.']]);
  });
});

describe('the subject before the verb, past an apposition', () => {
  it('an organisation with an acronym in brackets: "X, der Generalsekretär des Verbandes Union Y (UY) sagte: „…“"', () => {
    assert.deepEqual(direct('Houcine Abassi, der Generalsekretär des Gewerkschaftsverbandes Union Générale du Travail (UGT) sagte: „Wir kehren nicht zurück.“'), [
      ['Houcine Abassi', 'Wir kehren nicht zurück.'],
    ]);
  });

  it('an age in the title phrase: "Der 84-jährige X, der …, hofft, „…“"', () => {
    assert.deepEqual(direct('Der 84-jährige Hans Keller, der als Kritiker gilt, hofft aber, „dass alles gut geht.“'), [['Hans Keller', 'dass alles gut geht.']]);
  });
});
