import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, PreciseDate } from '../../../src/corpus/article.ts';
import { tagDates, type DateMention } from '../../../src/text/dates/index.ts';
import { type ArticleEvent, eventDateOf, extractEvents, isFragment } from '../../../src/text/events/index.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

function article(id: string, date: PreciseDate, body: string): Article {
  return { id, title: id, date, body, file: `${id}.txt` };
}

function eventsOf(a: Article): ArticleEvent[] {
  return extractEvents(a, tagDates(a.body, a.date), splitSentences(a.body));
}

const month = (value: string): PreciseDate => ({ value, precision: 'month' });

describe('extractEvents', () => {
  it('makes an event of each dated sentence, with its offsets in the body', () => {
    const a = article('a1', month('2019-03'), 'Nordkorea zog seine Leute ab. Der Gipfel in Hanoi scheiterte Ende Februar. Danach herrschte Stille.');
    const events = eventsOf(a);
    const summit = events.find((e) => e.date.value === '2019-02');
    assert.ok(summit);
    assert.deepEqual(summit.date, { value: '2019-02', precision: 'month', modifier: 'late' });
    assert.equal(summit.text, 'Der Gipfel in Hanoi scheiterte Ende Februar.');
    assert.equal(a.body.slice(summit.start, summit.end), summit.text);
    assert.equal(summit.articleId, 'a1');
    assert.ok(summit.words.includes('hanoi'));
  });

  it('gives the lead the article date when it names none, and only then', () => {
    const undated = eventsOf(article('a2', month('2021-03'), 'Seit zwei Jahren gibt es keinen Fortschritt im Atomstreit. Die Prüfung werde in einigen Wochen abgeschlossen sein.'));
    assert.deepEqual(
      undated.map((e) => [e.date.value, e.text]),
      [['2021-03', 'Seit zwei Jahren gibt es keinen Fortschritt im Atomstreit.']],
    );
    const dated = eventsOf(article('a3', month('2020-07'), 'Die Gespräche stocken seit dem Gipfel im Februar 2019 völlig. Niemand rechnet mit Bewegung.'));
    assert.deepEqual(
      dated.map((e) => e.date.value),
      ['2019-02'],
    );
  });

  it('marks a lead without a date planned when it tells a plan, and only then', () => {
    const plan = eventsOf(article('a30', { value: '2012-05-03', precision: 'day' }, 'Das alte Hallenbad der Stadt soll an einen privaten Betreiber verpachtet werden. Der Vertrag ist fertig.'));
    assert.deepEqual(
      plan.map((e) => [e.date.value, e.planned ?? false]),
      [['2012-05-03', true]],
    );
    // (an intention in the lead is planned too: the desk's convention)
    const intention = eventsOf(article('a31', { value: '2012-05-03', precision: 'day' }, 'Die Ministerin will mit den Gewerkschaften weiter im Gespräch bleiben. Ein Termin steht nicht fest.'));
    assert.deepEqual(
      intention.map((e) => [e.date.value, e.planned ?? false]),
      [['2012-05-03', true]],
    );
    const report = eventsOf(article('a32', { value: '2012-05-03', precision: 'day' }, 'Die Ministerin hat mit den Gewerkschaften lange verhandelt. Ein Ergebnis steht nicht fest.'));
    assert.deepEqual(
      report.map((e) => [e.date.value, e.planned ?? false]),
      [['2012-05-03', false]],
    );
  });

  it('skips photo credits when looking for the lead', () => {
    const a = article('a4', month('2021-03'), 'Reporter warten an der Brücke. epa/YONHAP\n\nDie Außenminister beider Länder berieten lange über die Lage.');
    const [lead] = eventsOf(a);
    assert.equal(lead?.text, 'Die Außenminister beider Länder berieten lange über die Lage.');
  });

  it('makes no event of a question, and takes none for the lead: the news is the sentence after it', () => {
    const a = article(
      'a4q',
      { value: '2006-12-16', precision: 'day' },
      'Was tat man im Jahr 1990, wenn ein lästiges Problem endlich gelöst war? Ein Werftleiter ließ zur Feier ein Schaf schlachten. Arbeiten Sie zurzeit an etwas Neuem? Er wurde entlassen.',
    );
    assert.deepEqual(
      eventsOf(a).map((e) => [e.date.value, e.text]),
      [['2006-12-16', 'Ein Werftleiter ließ zur Feier ein Schaf schlachten.']],
    );
  });

  it('leaves out durations, vague references, asides in parentheses and the far end of ranges', () => {
    const a = article('a5', month('2020-07'), ['Seit dem Ende des Krieges (1950-53) im April 2018 trafen sie sich erstmals wieder.', 'Die Konzerte finden vom 25. März bis zum 1. April 2020 statt.'].join(' '));
    assert.deepEqual(
      eventsOf(a).map((e) => e.date.value),
      ['2018-04', '2020-03-25'],
    );
  });

  it('dates a change "von … im Jahr 2003 auf … im Jahr 2004" by its start only, two years told apart by both', () => {
    const change = article('a5b', month('2007-04'), 'Die Zahl der Gäste sank von 12.000 im Jahr 2003 auf 9.500 im Jahr 2004. Der Anteil stieg von 5 Prozent im Jahr 2005 auf 7 Prozent im Jahr 2006.');
    assert.deepEqual(
      eventsOf(change).map((e) => e.date.value),
      ['2003', '2005'],
    );
    const apart = article('a5c', month('2007-04'), 'Im Jahr 2003 kamen 12.000 Gäste, im Jahr 2004 nur noch 9.500.');
    assert.deepEqual(
      eventsOf(apart).map((e) => e.date.value),
      ['2003', '2004'],
    );
  });

  it('trims a long sentence to whole clauses from its start, ending at a clause boundary', () => {
    const filler = 'die Delegationen berieten lange über Sanktionen, Hilfen, Grenzfragen und die Zukunft der Zusammenarbeit';
    const body = `Nachdem ${filler}, ${filler}, einigten sie sich am 3. März 2020 auf ein Abkommen, ${filler}.`;
    const [event] = eventsOf(article('a6', month('2020-04'), body));
    assert.ok(event && event.text.length <= 320, event?.text);
    assert.match(event!.text, /^Nachdem die Delegationen .* am 3\. März 2020 auf ein Abkommen$/);
    assert.equal(body.slice(event!.start, event!.end), event!.text);
  });

  it('shows a sentence of up to 320 characters whole, never from the middle of a phrase', () => {
    // (written for this test: a glued sentence start as in agency copy, one long clause)
    const body =
      'Beide Seiten haben sich geeinigt, ihr Bestes zu tun.Eine entsprechende Botschaft an die Nachbarn gaben der Vizeaußenminister des einen Landes und der Chefunterhändler des anderen Landes im Anschluss an ihr gemeinsames Treffen am Mittwoch in der Hauptstadt bekannt.';
    const events = eventsOf(article('a7', month('2020-07'), body));
    const message = events.find((e) => e.text.includes('Mittwoch'));
    assert.ok(message, JSON.stringify(events));
    assert.match(message.text, /^Eine entsprechende Botschaft .* bekannt\.$/);
  });

  it('keeps the main clause when the date sits in a subordinate one', () => {
    const body = `Die Äußerungen sind insofern bemerkenswert, als die Regierung noch im Januar betont hatte, dass ${'Fortschritte bei den Gesprächen und bei der Abrüstung Schritt halten müssten '.repeat(3).trim()}.`;
    const [event] = eventsOf(article('a8', month('2020-07'), body));
    assert.equal(event?.date.value, '2020-01');
    assert.match(event!.text, /^Die Äußerungen sind insofern bemerkenswert, als die Regierung noch im Januar betont hatte/);
  });
});

describe('extractEvents: plans and expectations', () => {
  it('dates an expectation about a later month when it was said, marked planned', () => {
    const body = 'Der Sondergesandte hatte zuletzt die Chancen für einen neuen Gipfel vor den Wahlen im November als gering eingestuft.';
    const events = eventsOf(article('p1', month('2020-07'), body));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.planned]),
      [['2020-07', true]],
    );
  });

  it('drops a later date when the sentence is dated by what happened', () => {
    const body = 'Der Präsident hat am 28. Dezember 2012 ein Gesetz unterzeichnet, durch das Adoptionen ab dem 1. Januar 2013 verboten sind.';
    const events = eventsOf(article('p2', { value: '2012-12-30', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.planned ?? false]),
      [['2012-12-28', false]],
    );
  });

  it('marks a plan for the article\'s own time ("will … starten")', () => {
    const body = 'Der Hersteller will in der zweiten Jahreshälfte 2008 eine Kampagne in Europa starten. Im Mai 2008 hatte er ein neues Werk eröffnet.';
    const events = eventsOf(article('p3', { value: '2008-06-12', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.planned ?? false]),
      [
        ['2008-06-12', true],
        ['2008-05', false],
      ],
    );
  });

  it('keeps the finer of two dates of one sentence ("vor einem Jahr – am 7. Mai 2014")', () => {
    const body = 'Vor einem Jahr - am 7. Mai 2014 wurde der Anwalt in seinem Büro erschossen.';
    const events = eventsOf(article('p4', { value: '2015-05-08', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2014-05-07'],
    );
  });

  it('reads "heute" as the day of a news article, but not "auch heute noch"', () => {
    const body = 'Im Jahr 1969 betrat er den Mond. Heute wurde der Astronaut 75 Jahre alt. Seine Worte sind auch heute noch bekannt.';
    const events = eventsOf(article('p5', { value: '2005-08-05', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['1969', '2005-08-05'],
    );
  });

  it('reads "auch heute wieder" as the day of the article', () => {
    const body = 'Nach dem Sieg am Mittwoch hat die Fahrerin auch heute wieder gewonnen. Danach fuhr sie ins Hotel zurück.';
    const events = eventsOf(article('p6', { value: '2005-07-08', precision: 'day' }, body));
    assert.deepEqual(events.map((e) => e.date.value).sort(), ['2005-07-06', '2005-07-08']);
  });

  it('dates a statement about now ("jetzt", "inzwischen") to the day of a news article, when the sentence has no other date', () => {
    const body =
      'Der Stadtrat beschloss am Montag den Bau einer Umgehungsstraße. Jetzt beginnen die Bauarbeiten am Ortsrand. Die Anwohner hatten am Freitag protestiert und sind inzwischen beruhigt. Bis jetzt fahren täglich 9000 Autos durch den Ort.';
    const events = eventsOf(article('p8', { value: '2011-03-16', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.text.split(' ')[0]]),
      [
        ['2011-03-14', 'Der'],
        ['2011-03-16', 'Jetzt'],
        ['2011-03-11', 'Die'],
      ],
    );
  });

  it('marks a plan said now as planned ("Jetzt will man …")', () => {
    const events = eventsOf(article('p9', { value: '2011-03-16', precision: 'day' }, 'Die Feuerwehr rückte am Montag aus. Jetzt will die Gemeinde die Deiche erhöhen.'));
    assert.equal(events.length, 2);
    assert.deepEqual(events[1]?.date, { value: '2011-03-16', precision: 'day' });
    assert.equal(events[1]?.planned, true);
  });

  it('dates a sentence that reports a plan being put off by the putting off, which happened', () => {
    const events = eventsOf(article('p10', { value: '2005-10-19', precision: 'day' }, 'Der Prozess wurde nach drei Stunden auf den 28. November vertagt. Die Wahl soll auf den 5. Dezember verschoben werden.'));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.planned ?? false]),
      [
        ['2005-10-19', false],
        ['2005-10-19', true],
      ],
    );
  });

  it('dates a period from now: back in time by the article (day or month), ahead as a plan said that day', () => {
    const body =
      'Der Orkan hat die Küste am Dienstag erreicht und große Schäden angerichtet. In den letzten Stunden hat der Wind etwas nachgelassen. Allein in den vergangenen zehn Tagen fielen 300 Liter Regen auf jeden Quadratmeter. Die Behörden rechnen damit, dass in den nächsten Tagen weitere Dörfer evakuiert werden. In den vergangenen Jahren gab es an der Küste mehrere Stürme.';
    const events = eventsOf(article('p11', { value: '2012-05-10', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.planned ?? false, e.text.split(' ').slice(0, 2).join(' ')]),
      [
        ['2012-05-08', false, 'Der Orkan'],
        ['2012-05-10', false, 'In den'],
        ['2012-05', false, 'Allein in'],
        ['2012-05-10', true, 'Die Behörden'],
      ],
    );
  });

  it("gives a lead with a period back in time the article day, not the period's month", () => {
    const events = eventsOf(
      article('p12', { value: '2012-05-10', precision: 'day' }, 'Schwere Regenfälle in den letzten Tagen haben im Süden des Landes Überschwemmungen ausgelöst. Die Straßen sind gesperrt.'),
    );
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2012-05-10'],
    );
  });

  it('gives a word for now in the main clause an event of its own beside a date of a relative clause, planned when it looks ahead', () => {
    const body = 'Die Trainerin, die den Verein 2008 übernommen hatte, will nun auch die Jugend leiten. Die Fähre, die am Montag ablegte und inzwischen angekommen ist, war voll.';
    const events = eventsOf(article('p13', { value: '2012-05-10', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.planned ?? false]),
      [
        ['2008', false],
        ['2012-05-10', true],
        ['2012-05-07', false],
      ],
    );
  });

  it('makes no event of a source line, a heading or a date line', () => {
    const body =
      'Der Stadtrat beschloss am 9. Juni 2005 den Neubau der Brücke.\n\nStadtanzeiger vom 10. Juni 2005\n\nErgebnisse 2005:\n\nSamstag, 11. Juni 2005\n\nDer Bau dauert bis Ende 2007 und kostet 20 Millionen Euro.';
    const events = eventsOf(article('p7', { value: '2005-06-12', precision: 'day' }, body));
    assert.deepEqual(
      events.map((e) => e.text),
      ['Der Stadtrat beschloss am 9. Juni 2005 den Neubau der Brücke.', 'Der Bau dauert bis Ende 2007 und kostet 20 Millionen Euro.'],
    );
  });
});

describe('extractEvents: dates that are no events', () => {
  const day: PreciseDate = { value: '2010-06-02', precision: 'day' };

  it('makes no event of a decade', () => {
    const events = eventsOf(article('d1', day, 'Am Montag trat der Sänger zurück. Berühmt wurde er in den 1980er Jahren mit Schlagern.'));
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2010-05-31'],
    );
  });

  it('keeps a date qualifying a noun as an event of its own beside a finer date of the sentence', () => {
    const events = eventsOf(article('d3', day, 'Am Montag wurde der seit Anfang des Jahres gebaute Kindergarten eröffnet.'));
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2010-05-31', '2010'],
    );
    const plain = eventsOf(article('d4', day, 'Am Montag wurde der Kindergarten eröffnet, der Anfang des Jahres geplant wurde.'));
    assert.deepEqual(
      plain.map((e) => e.date.value),
      ['2010-05-31'],
    );
  });

  it('makes no event of the baseline of a comparison, so a plan beside it is dated when it was said', () => {
    const events = eventsOf(article('d2', day, 'Am Montag tagte der Rat. Die Stadt hat versprochen, den Verbrauch bis 2020 um zehn Prozent gegenüber 1995 zu senken.'));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.planned === true]),
      [
        ['2010-05-31', false],
        ['2010-06-02', true],
      ],
    );
  });
});

describe('isFragment', () => {
  it('takes a short text without a verb form for a line, not a statement', () => {
    assert.equal(isFragment('Sächsische Zeitung Freitag, 10. Juni 2005'), true);
    assert.equal(isFragment('Wahlergebnisse 2005:'), true);
    assert.equal(isFragment('Damit befassten sich die Gremien am Donnerstag.'), false, '"befassten" in the new spelling');
    assert.equal(isFragment('Gibt es am Montag Neuwahlen?'), false, 'a verb first');
    assert.equal(isFragment('Am 6. September 2000 massakrierten Milizen drei Mitarbeiter des Flüchtlingswerks in Atambua.'), false, 'long: an unknown verb is likelier than a line');
  });
});

describe('eventDateOf', () => {
  const mention = (value: string, precision: DateMention['precision'], kind: DateMention['kind'] = 'date'): DateMention => ({ text: '', start: 0, end: 0, value, precision, kind });

  it('keeps article-level precisions and coarsens the rest', () => {
    assert.deepEqual(eventDateOf(mention('2006-08-27TAF', 'time')), { value: '2006-08-27', precision: 'day' });
    assert.deepEqual(eventDateOf(mention('1940-SU', 'season')), { value: '1940', precision: 'year', modifier: 'mid' });
    assert.deepEqual(eventDateOf(mention('2008-W35-WE', 'week')), { value: '2008-08', precision: 'month' });
  });

  it('has no date for durations, references, centuries and years before Christ', () => {
    assert.equal(eventDateOf(mention('P2Y', 'duration', 'duration')), undefined);
    assert.equal(eventDateOf(mention('FUTURE_REF', 'ref', 'ref')), undefined);
    assert.equal(eventDateOf(mention('19', 'century')), undefined);
    assert.equal(eventDateOf(mention('BC0490', 'year')), undefined);
  });
});

describe('extractEvents: a night told by the hour of its morning', () => {
  it('gives the morning only, not the night beside it', () => {
    const a = article('n1', { value: '2011-05-14', precision: 'day' }, 'Ein Passant wurde in der Nacht zum Freitag gegen 1:30 Uhr überfallen. Die Täter flohen.');
    assert.deepEqual(
      eventsOf(a).map((e) => e.date.value),
      ['2011-05-13'],
    );
  });

  it('keeps the night when no hour of its morning is told', () => {
    const a = article('n2', { value: '2011-05-14', precision: 'day' }, 'Ein Passant wurde in der Nacht zum Freitag überfallen. Die Täter flohen.');
    assert.deepEqual(
      eventsOf(a).map((e) => e.date.value),
      ['2011-05-12'],
    );
  });
});
