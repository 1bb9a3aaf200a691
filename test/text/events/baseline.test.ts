import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateMention } from '../../../src/text/dates/index.ts';
import { comparisonBaseline } from '../../../src/text/events/baseline.ts';

/** Whether the words `date` of `body` are read as the baseline of a comparison. */
function baselineIn(body: string, date: string): boolean {
  const start = body.indexOf(date);
  assert.ok(start >= 0);
  const mention: DateMention = { text: date, start, end: start + date.length, value: '1995', precision: 'year', kind: 'date' };
  return comparisonBaseline(body, mention);
}

describe('comparisonBaseline', () => {
  it('reads a date right after a comparison word as its baseline', () => {
    assert.equal(baselineIn('Die Stadt will den Verbrauch um zehn Prozent gegenüber 1995 senken.', '1995'), true);
    assert.equal(baselineIn('Der Umsatz stieg im Vergleich zum Jahr 1995 deutlich.', '1995'), true);
    assert.equal(baselineIn('Die Zahl der Gäste liegt unter dem Niveau von 1995.', '1995'), true);
    assert.equal(baselineIn('Verglichen mit 1995 hat sich die Zahl verdoppelt.', '1995'), true);
  });

  it('leaves other dates alone, also after "gegenüber" with other words between', () => {
    assert.equal(baselineIn('Im Jahr 1995 wurde die Brücke eröffnet.', '1995'), false);
    assert.equal(baselineIn('Gegenüber Journalisten sagte er 1995, er trete zurück.', '1995'), false);
  });
});
