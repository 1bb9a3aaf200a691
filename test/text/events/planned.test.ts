import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPlanned, laterThan, leadPlanned } from '../../../src/text/events/planned.ts';

const day = (value: string) => ({ value, precision: 'day' as const });
const month = (value: string) => ({ value, precision: 'month' as const });
const year = (value: string) => ({ value, precision: 'year' as const });

describe('laterThan', () => {
  it('compares at the coarser precision', () => {
    assert.equal(laterThan(month('2020-11'), month('2020-07')), true);
    assert.equal(laterThan(day('2007-01-01'), day('2006-10-14')), true);
    assert.equal(laterThan(year('2020'), month('2020-07')), false);
    assert.equal(laterThan(day('2020-07-08'), month('2020-07')), false);
    assert.equal(laterThan(month('2019-02'), month('2020-07')), false);
  });
});

describe('isPlanned', () => {
  it('takes a later date as planned whatever the sentence says', () => {
    assert.equal(isPlanned('Die Wahl findet im November statt.', month('2020-11'), month('2020-07')), true);
  });

  it("takes the article's own time as planned only when the sentence looks ahead", () => {
    assert.equal(isPlanned('Biegun wird sich am Donnerstag mit Suh treffen.', month('2020-07'), month('2020-07')), true);
    assert.equal(isPlanned('Das Treffen soll noch im Juli stattfinden.', month('2020-07'), month('2020-07')), true);
    assert.equal(isPlanned('Biegun traf sich am Donnerstag mit Suh.', month('2020-07'), month('2020-07')), false);
    // "wollten" tells what was intended back then
    assert.equal(isPlanned('So wollten sie einen Durchbruch erzielen, hieß es am Montag.', month('2019-07'), month('2019-07')), false);
  });

  it('does not take a passive with "wird"/"werden" for a plan', () => {
    const article = { value: '2019-03-20', precision: 'day' as const };
    assert.equal(isPlanned('Ihm wird vorgeworfen, im März 2019 Geld unterschlagen zu haben.', month('2019-03'), article), false);
    assert.equal(isPlanned('Die im März 2019 verhafteten Männer werden beschuldigt, Anschläge geplant zu haben.', month('2019-03'), article), false);
    assert.equal(isPlanned('Im Jahr 2019 wird die Zahl der Toten auf 500 geschätzt.', { value: '2019', precision: 'year' }, article), false);
    assert.equal(isPlanned('Seit März 2019 wird das Werk von einer Stiftung betrieben.', month('2019-03'), article), false);
  });

  it('takes "wird" with an infinitive for a plan even where a word after it looks like a participle', () => {
    const article = { value: '2019-03-20', precision: 'day' as const };
    // "erneut" and "insgesamt" are not participles; "verlassen" is also the infinitive
    assert.equal(isPlanned('Sie wird im März 2019 erneut nach Rom fliegen.', month('2019-03'), article), true);
    assert.equal(isPlanned('Der Umbau wird im März 2019 insgesamt zwei Millionen Euro kosten.', month('2019-03'), article), true);
    assert.equal(isPlanned('Der Trainer wird den Verein im März 2019 verlassen.', month('2019-03'), article), true);
  });

  it('never takes an earlier date as planned', () => {
    assert.equal(isPlanned('Der Gipfel soll im Februar gescheitert sein.', month('2019-02'), month('2019-07')), false);
  });
});

describe('isPlanned: passives and plans come true', () => {
  const article = { value: '2011-03-16', precision: 'day' as const };

  it('does not take a passive infinitive after a modal for a plan', () => {
    assert.equal(isPlanned('Am Mittag mussten die Arbeiten wegen Einsturzgefahr unterbrochen werden.', day('2011-03-16'), article), false);
    assert.equal(isPlanned('Er erklärte am Mittwoch, dass der Armee nicht mehr vertraut werden könne.', day('2011-03-16'), article), false);
    assert.equal(isPlanned('Die Bahn muss jetzt von Grund auf überholt werden.', day('2011-03-16'), article), false);
  });

  it('still takes a future passive and a modal of intent for plans', () => {
    assert.equal(isPlanned('Die Brücke wird am Mittwoch für den Verkehr freigegeben werden.', day('2011-03-16'), article), true);
    assert.equal(isPlanned('Der Belag soll noch am Mittwoch ausgebessert werden.', day('2011-03-16'), article), true);
    assert.equal(isPlanned('Frühestens Mitte des Jahres könne damit begonnen werden.', year('2011'), article), true);
    // (the passive infinitive right before a looking-ahead modal is that modal's)
    assert.equal(isPlanned('Am Mittwoch hieß es, dass die Regel geändert werden könnte.', day('2011-03-16'), article), true);
  });

  it('does not take "wie geplant" or "als erwartet" for a plan', () => {
    assert.equal(isPlanned('Die Fusion kann jetzt wie geplant vollzogen werden.', day('2011-03-16'), article), false);
    assert.equal(isPlanned('Am Mittwoch kam die Fähre früher als erwartet an.', day('2011-03-16'), article), false);
    assert.equal(isPlanned('Die Fusion ist für Mittwoch geplant.', day('2011-03-16'), article), true);
  });
});

describe('isPlanned: relative clauses', () => {
  const article = { value: '2011-03-16', precision: 'day' as const };

  it('does not take a looking-ahead word in a relative clause without the date for the plan of the date', () => {
    const sentence = 'Im Bau ist derzeit eine Rollbahn, auf der die Starts und Landungen stattfinden werden.';
    assert.equal(isPlanned(sentence, day('2011-03-16'), article, sentence.indexOf('derzeit')), false);
    const other = 'Der Minister traf am Mittwoch seinen Amtskollegen, der im Mai zurücktreten will.';
    assert.equal(isPlanned(other, day('2011-03-16'), article, other.indexOf('Mittwoch')), false);
    // (the comma of a number does not end the relative clause)
    const share = 'Der Fonds hält derzeit 12,5 Prozent der Aktien, die bis auf 14,9 Prozent aufgestockt werden sollen.';
    assert.equal(isPlanned(share, day('2011-03-16'), article, share.indexOf('derzeit')), false);
  });

  it('takes it when the date is in that clause, or when no offset is given', () => {
    const sentence = 'Er besuchte die Firma, die am Mittwoch ein Werk eröffnen will.';
    assert.equal(isPlanned(sentence, day('2011-03-16'), article, sentence.indexOf('Mittwoch')), true);
    assert.equal(isPlanned('Im Bau ist derzeit eine Rollbahn, auf der die Starts stattfinden werden.', day('2011-03-16'), article), true);
  });
});

describe('leadPlanned', () => {
  it('is a lead with an adverb of a time still to come, a plan in the passive, or an intention (the desk convention)', () => {
    assert.equal(leadPlanned('Der Bürgermeister muss sich demnächst vor dem Stadtrat erklären.'), true);
    assert.equal(leadPlanned('In der Innenstadt soll es künftig mehr Radwege geben.'), true);
    assert.equal(leadPlanned('Das alte Hallenbad soll an einen privaten Betreiber verpachtet werden.'), true);
    assert.equal(leadPlanned('Die Ministerin will mit den Gewerkschaften im Gespräch bleiben.'), true);
  });

  it('is not an allegation, a report of what happened or an adjective of a noun phrase', () => {
    assert.equal(leadPlanned('Ein Händler soll gefälschte Uhren verkauft haben.'), false);
    assert.equal(leadPlanned('Der Täter soll von der Polizei festgenommen worden sein.'), false);
    assert.equal(leadPlanned('Der Verein hat sich für die kommende Saison mit einem Torwart verstärkt.'), false);
    assert.equal(leadPlanned('Der künftige Trainer stellte sich den Fans vor.'), false);
  });
});

describe('isPlanned: a date something was announced or set for', () => {
  it("is a plan even in the article's own month", () => {
    const text = 'Das neue Modell ist für Ende März auf dem deutschen Markt angekündigt worden.';
    assert.equal(isPlanned(text, { value: '2010-03', precision: 'month', modifier: 'late' }, day('2010-03-04'), text.indexOf('Ende März')), true);
    const set = 'Für das Jahr 2010 hat die Behörde vier Starts vorgesehen.';
    assert.equal(isPlanned(set, year('2010'), day('2010-03-04'), set.indexOf('Jahr 2010')), true);
  });

  it('is no plan without "für" before the date, nor without an announcing word', () => {
    const done = 'Das neue Modell wurde Ende März auf dem deutschen Markt eingeführt.';
    assert.equal(isPlanned(done, { value: '2010-03', precision: 'month', modifier: 'late' }, day('2010-03-30'), done.indexOf('Ende März')), false);
    const thanks = 'Der Verein dankte für den März mit seinen vielen Spenden.';
    assert.equal(isPlanned(thanks, month('2010-03'), day('2010-03-30'), thanks.indexOf('März')), false);
  });
});

describe('isPlanned: "der/die/das nächste" and looking-ahead adjectives of other noun phrases', () => {
  const article = { value: '2011-03-16', precision: 'day' as const };

  it('takes "Das nächste …" as looking ahead, not "am nächsten Tag"', () => {
    const next = 'Die nächste Sitzung des Rates findet am Mittwoch um 18 Uhr im Rathaus statt.';
    assert.equal(isPlanned(next, day('2011-03-16'), article, next.indexOf('Mittwoch')), true);
    const narrated = 'Am nächsten Tag wurde der Verdächtige am Mittwoch festgenommen.';
    assert.equal(isPlanned(narrated, day('2011-03-16'), article, narrated.indexOf('Mittwoch')), false);
  });

  it('takes "die nächste" before a lower-case word as no plan ("war sie die nächste am Schalter")', () => {
    const turn = 'Am Mittwoch war sie die nächste am Schalter.';
    assert.equal(isPlanned(turn, day('2011-03-16'), article, turn.indexOf('Mittwoch')), false);
  });

  it('does not take an adjective of a prepositional object or of another clause for the plan of the date', () => {
    const object = 'Der Konzern hat am Mittwoch einen Ausblick auf die kommenden Modelle gegeben.';
    assert.equal(isPlanned(object, day('2011-03-16'), article, object.indexOf('Mittwoch')), false);
    const known = 'Jetzt, zwei Wochen danach, ist klar, dass die geplante Eröffnung nicht stattfinden kann.';
    assert.equal(isPlanned(known, month('2011-03'), article, known.indexOf('zwei')), false);
  });

  it("still takes an adjective whose phrase holds the date, or the subject of the date's clause", () => {
    const phrase = 'Der für Mittwoch geplante Streik beginnt um sechs Uhr.';
    assert.equal(isPlanned(phrase, day('2011-03-16'), article, phrase.indexOf('Mittwoch')), true);
    const noun = 'Eine Anhörung wurde für kommenden Mittwoch angesetzt.';
    assert.equal(isPlanned(noun, day('2011-03-16'), article, noun.indexOf('kommenden')), true);
    const subject = 'Die geplante Reform tritt am Mittwoch, 16. März, in Kraft.';
    assert.equal(isPlanned(subject, day('2011-03-16'), article, subject.indexOf('Mittwoch')), true);
  });
});

describe('isPlanned: "könnte"', () => {
  const article = { value: '2011-03-16', precision: 'day' as const };

  it('takes a possibility for the time of the article as looking ahead', () => {
    assert.equal(isPlanned('Der Streik könnte in diesem Jahr bis Oktober dauern.', year('2011'), article), true);
    assert.equal(isPlanned('Die Preise könnten noch im März steigen.', month('2011-03'), article), true);
  });

  it('does not take a guess at the past ("könnte … gewesen sein") for a plan', () => {
    assert.equal(isPlanned('Der Täter könnte im März über die Grenze geflohen sein.', month('2011-03'), article), false);
    assert.equal(isPlanned('Im März könnte das Feuer durch einen Kurzschluss ausgelöst worden sein.', month('2011-03'), article), false);
  });
});
