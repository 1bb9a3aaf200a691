import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, PreciseDate } from '../../../src/corpus/article.ts';
import { tagDates } from '../../../src/text/dates/index.ts';
import { thenWordAt } from '../../../src/text/events/anaphor.ts';
import { extractEvents } from '../../../src/text/events/index.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

/** What `thenWordAt` finds in a one-sentence text, as the word and whether it rules out today. */
function thenIn(body: string): [string, boolean] | undefined {
  const [sentence] = splitSentences(body);
  assert.ok(sentence);
  const then = thenWordAt(body, sentence);
  return then && [body.slice(then.at).split(/\s+/)[0]!, then.past];
}

const day: PreciseDate = { value: '2009-06-12', precision: 'day' };
const eventsOf = (body: string) => {
  const a: Article = { id: 't', title: 't', date: day, body, file: 't.txt' };
  return extractEvents(a, tagDates(body, day), splitSentences(body)).map((e) => [e.date.value, e.text]);
};

describe('thenWordAt', () => {
  it('finds words that point back to the time just told', () => {
    assert.deepEqual(thenIn('Der Minister hatte sich damals geweigert.'), ['damals', true]);
    assert.deepEqual(thenIn('Damals siegte der Gastgeber knapp.'), ['Damals', true]);
    assert.deepEqual(thenIn('Zu diesem Zeitpunkt war die Straße schon gesperrt.'), ['Zu', false]);
    assert.deepEqual(thenIn('Fotografen hatten seinerzeit das Haus tagelang umlagert.'), ['seinerzeit', true]);
  });

  it('is not a span from then, a noun phrase or a direct quote', () => {
    assert.equal(thenIn('Seit damals ist der Platz gesperrt.'), undefined);
    assert.equal(thenIn('Die damals anwesenden Polizisten griffen nicht ein.'), undefined);
    assert.equal(thenIn('Die damalige Ministerin trat zurück.'), undefined);
    assert.equal(thenIn('Die seinerzeitige Ministerin trat zurück.'), undefined);
    assert.equal(thenIn('Er sagte: „Damals war alles anders.“'), undefined);
  });
});

describe('extractEvents: a statement that points back', () => {
  it('takes the date told just before', () => {
    const events = eventsOf('Der Stadtrat tagte am Montag lange. Im Jahr 1998 wurde das Bad geschlossen. Der Verein protestierte damals heftig.');
    assert.deepEqual(events.at(-1), ['1998', 'Der Verein protestierte damals heftig.']);
    const stored = eventsOf('Am 3. Mai 1985 kam in der Klinik das erste Kind zur Welt. Es wog 3000 Gramm. Reporter hatten seinerzeit die Klinik belagert.');
    assert.deepEqual(stored.at(-1), ['1985-05-03', 'Reporter hatten seinerzeit die Klinik belagert.']);
  });

  it('takes no date told too far back, and "damals" is never the day of the article', () => {
    const far = eventsOf('Im Jahr 1998 wurde das Bad geschlossen. Es regnete. Es stürmte. Es schneite. Es hagelte. Der Verein protestierte damals heftig.');
    assert.deepEqual(
      far.map(([date]) => date),
      ['1998'],
    );
    const today = eventsOf('Der Stadtrat hat heute das Bad verkauft. Der Verein protestierte damals heftig.');
    assert.deepEqual(
      today.map(([date]) => date),
      ['2009-06-12'],
    );
  });
});
