import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, PreciseDate } from '../../../src/corpus/article.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { insideQuote, presentBeside, presentMention } from '../../../src/text/events/present.ts';

const day: PreciseDate = { value: '2011-03-15', precision: 'day' };

/** The word `presentMention` finds in the first sentence of a one-sentence article. */
function wordIn(body: string, date: PreciseDate = day): string | undefined {
  const article: Article = { id: 'p', title: 'p', date, body, file: 'p.txt' };
  const [sentence] = splitSentences(body);
  assert.ok(sentence);
  const mention = presentMention(article, sentence);
  if (mention) assert.equal(body.slice(mention.start, mention.end), mention.text);
  return mention?.text;
}

describe('presentMention', () => {
  it('dates a statement about the time of writing to the article day', () => {
    const article: Article = { id: 'p', title: 'p', date: day, body: 'Die Brücke ist inzwischen wieder offen.', file: 'p.txt' };
    const [sentence] = splitSentences(article.body);
    assert.ok(sentence);
    assert.deepEqual(presentMention(article, sentence), { text: 'inzwischen', start: 15, end: 25, value: '2011-03-15', precision: 'day', kind: 'date' });
  });

  it('knows the common words for now, also capitalised and in two words', () => {
    assert.equal(wordIn('Jetzt baut die Stadt eine neue Schule.'), 'Jetzt');
    assert.equal(wordIn('Die Ermittler werten derzeit alle Spuren aus.'), 'derzeit');
    assert.equal(wordIn('Zurzeit ruht der Verkehr auf der Strecke.'), 'Zurzeit');
    assert.equal(wordIn('Das Dorf ist im Moment von der Außenwelt abgeschnitten.'), 'im Moment');
    assert.equal(wordIn('Mittlerweile hat der Verein einen neuen Trainer.'), 'Mittlerweile');
    assert.equal(wordIn('Neuerdings fährt der Bus auch sonntags.'), 'Neuerdings');
  });

  it('finds the word in any case and only as a word (the quick test before the full reading reads alike), none in a sentence without one', () => {
    // (short sentences: under the facts sample's 20 characters, so the sample and FACTS_VERSION stay)
    assert.equal(wordIn('JETZT baut sie.'), 'JETZT');
    assert.equal(wordIn('Sie tagt NUNMEHR.'), 'NUNMEHR');
    assert.equal(wordIn('Er meint nun dies.'), 'nun');
    assert.equal(wordIn('Er baute 2010.'), undefined);
    assert.equal(wordIn('Die Meinung zählt.'), undefined);
    assert.equal(wordIn('Planung, Hoffnung.'), undefined);
    assert.equal(wordIn('Die Nunatak-Leute.'), undefined);
  });

  it('leaves spans and nowadays alone: "bis jetzt", "ab jetzt", "noch jetzt", "jetzt noch"', () => {
    assert.equal(wordIn('Bis jetzt gibt es im Land sechs Flughäfen.'), undefined);
    assert.equal(wordIn('Ab jetzt gelten die neuen Regeln für alle.'), undefined);
    assert.equal(wordIn('Die Spuren sieht man noch jetzt an der Fassade.'), undefined);
    assert.equal(wordIn('Die Spuren sieht man jetzt noch an der Fassade.'), undefined);
  });

  it('does not take an adjective or a longer word for the adverb', () => {
    assert.equal(wordIn('Der derzeitige Bürgermeister eröffnete das Fest.'), undefined);
    assert.equal(wordIn('Die jetzige Regierung wurde 2009 gewählt.'), undefined);
  });

  it('dates nothing when the article date is no day, or inside a direct quote', () => {
    assert.equal(wordIn('Jetzt baut die Stadt eine neue Schule.', { value: '2011-03', precision: 'month' }), undefined);
    assert.equal(wordIn('Der Minister sagte: „Jetzt ist die Regierung gefordert.“'), undefined);
  });

  it('dates no noun phrase ("bei dem jetzt Festgenommenen")', () => {
    assert.equal(wordIn('Bei dem jetzt Festgenommenen handelt es sich um einen Nachbarn.'), undefined);
    assert.equal(wordIn('Die Polizei fahndet nach dem jetzt Gesuchten.'), undefined);
  });

  it('dates a relative clause opened by a pronoun after a comma ("…, die jetzt …")', () => {
    assert.equal(wordIn('Der Verein hat zwei Sparten, die jetzt zusammengelegt werden sollen.'), 'jetzt');
    assert.equal(wordIn('Es gibt einen Plan, der nun umgesetzt wird.'), 'nun');
  });
});

describe('insideQuote', () => {
  it('counts the German quote marks opened and closed before an offset in its paragraph', () => {
    const body = 'Er sagte: „Jetzt handeln wir.“ Danach ging er.\n„Gut so.“';
    assert.equal(insideQuote(body, body.indexOf('Jetzt')), true);
    assert.equal(insideQuote(body, body.indexOf('Danach')), false);
    assert.equal(insideQuote(body, body.indexOf('Gut')), true);
  });
});

describe('presentMention: "nun"', () => {
  it('reads "nun" and "nunmehr" as the time of writing', () => {
    assert.equal(wordIn('Der Stadtrat hat nun einen neuen Haushalt beschlossen.'), 'nun');
    assert.equal(wordIn('Nun fordern die Anwohner eine Lärmschutzwand.'), 'Nun');
    assert.equal(wordIn('Die Strecke ist nunmehr wieder befahrbar.'), 'nunmehr');
  });

  it('leaves the particle, the interjection, a question word and spans from now on alone', () => {
    assert.equal(wordIn('Das ist nun einmal der Lauf der Dinge.'), undefined);
    assert.equal(wordIn('Das Wetter ist nun mal so im Norden.'), undefined);
    assert.equal(wordIn('Nun, die Lage im Norden bleibt schwierig.'), undefined);
    assert.equal(wordIn('Ob die Fähre nun fährt, wissen die Reisenden nicht.'), undefined);
    assert.equal(wordIn('Von nun an gilt die Regel für alle Mieter.'), undefined);
    assert.equal(wordIn('Seit nun drei Wochen ruht der Verkehr.'), undefined);
  });
});

describe('presentMention: "nun" before a comma', () => {
  it('reads "nun" before reported speech, not the interjection opening a sentence', () => {
    assert.equal(wordIn('Ein Sprecher sagte nun, die Brücke bleibe gesperrt.'), 'nun');
    assert.equal(wordIn('Nun, die Brücke bleibt gesperrt.'), undefined);
    assert.equal(wordIn('Nun ja, die Brücke bleibt wohl gesperrt.'), undefined);
  });
});

describe('presentMention: "unterdessen", "in der Zwischenzeit"', () => {
  it('reads meanwhile as now in the present and the present perfect', () => {
    assert.equal(wordIn('Unterdessen fordern die Anwohner eine Ampel.'), 'Unterdessen');
    assert.equal(wordIn('Die Stadt hat in der Zwischenzeit einen Gutachter beauftragt.'), 'in der Zwischenzeit');
    assert.equal(wordIn('Der Vorschlag ist unterdessen auf Widerstand gestoßen.'), 'unterdessen');
  });

  it('leaves meanwhile in the simple past alone: the time narrated, not now', () => {
    assert.equal(wordIn('In der Zwischenzeit gab es im Hafen weitere Brände.'), undefined);
    assert.equal(wordIn('Unterdessen wurde der Hafen geräumt.'), undefined);
  });
});

describe('presentBeside', () => {
  /** The word `presentBeside` finds beside the given dates (words of the sentence) of a one-sentence article. */
  function besideIn(body: string, dates: string[]): string | undefined {
    const article: Article = { id: 'p', title: 'p', date: day, body, file: 'p.txt' };
    const [sentence] = splitSentences(body);
    assert.ok(sentence);
    const offsets = dates.map((d) => body.indexOf(d));
    assert.ok(offsets.every((o) => o >= 0));
    return presentBeside(article, sentence, offsets)?.text;
  }

  it('finds the word for now of a main clause when every date is in a subordinate or relative clause', () => {
    assert.equal(besideIn('Der Trainer, der den Verein 2008 übernommen hatte, will nun auch die Jugend leiten.', ['2008']), 'nun');
    assert.equal(besideIn('Nachdem die Brücke im Mai gesperrt worden war, ist sie inzwischen wieder offen.', ['Mai']), 'inzwischen');
  });

  it('finds the word for now that opens a main clause of its own after the dates (", jetzt hat er …")', () => {
    assert.equal(besideIn('Schon gestern hatte das Tief den Norden erreicht, jetzt zieht es nach Süden.', ['gestern']), 'jetzt');
    assert.equal(besideIn('Am Montag fiel der Strom aus; nun ist die Leitung repariert.', ['Montag']), 'nun');
  });

  it('finds none when that clause has no verb right after the word, or the date comes after it', () => {
    assert.equal(besideIn('Am Montag sprach der frühere, jetzt Minister Müller.', ['Montag']), undefined);
    assert.equal(besideIn('Der Bürgermeister spricht, jetzt am Montag, vor dem Rat.', ['Montag']), undefined);
  });

  it('finds none when a date is in the main clause, when the word for now is in the subordinate clause, or without dates', () => {
    assert.equal(besideIn('Der Trainer hat den Verein 2008 übernommen und leitet nun auch die Jugend.', ['2008']), undefined);
    assert.equal(besideIn('Die Fähre, die am Montag ablegte und inzwischen angekommen ist, war voll.', ['Montag']), undefined);
    assert.equal(besideIn('Der Trainer leitet nun auch die Jugend.', []), undefined);
  });
});
