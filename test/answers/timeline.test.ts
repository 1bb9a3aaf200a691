/**
 * Timelines from dated events inside articles nobody has seen before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { parseArticle } from '../../src/corpus/parse.ts';
import type { TimelineAnswer } from '../../src/answers/types.ts';

const knowledge = buildKnowledge([
  parseArticle(
    '---\ntitle: Jahrestag\ndate: 2023-07-27\n---\nVor 70 Jahren endete der Korea-Krieg. Am 27. Juli 1953 unterzeichneten die Generäle in Panmunjom das Waffenstillstandsabkommen. Ein Friedensvertrag kam nie zustande.',
    'jahrestag.md',
  ),
  parseArticle(
    '---\ntitle: Gedenken in Seoul\ndate: 2013-07-28\n---\nSüdkorea hat an das Waffenstillstandsabkommen erinnert, das die Generäle am 27. Juli 1953 in Panmunjom unterzeichneten. Präsidentin Park Geun Hye legte am Samstag einen Kranz nieder.',
    'gedenken.md',
  ),
  parseArticle('---\ntitle: Treffen in Genf\ndate: 2022-03-15\n---\nDer Sondergesandte Kwon Tae Ho traf am Montag in Genf seinen Amtskollegen. Im Januar hatte Kwon Tae Ho bereits Peking besucht.', 'genf.md'),
]);

function timeline(input: string): TimelineAnswer {
  const result = answer(knowledge, input, { lang: 'de' });
  assert.equal(result.kind, 'timeline');
  return result as TimelineAnswer;
}

describe('timeline from dated events', () => {
  it('dates events told inside later articles, at their precision ("vor 70 Jahren" from 2023 is 1953)', () => {
    const result = timeline('timeline 1953');
    assert.deepEqual(
      result.events.map((e) => [e.date, e.precision]),
      [
        ['1953', 'year'],
        ['1953-07-27', 'day'],
      ],
    );
  });

  it('merges the same event from two articles into one entry citing both', () => {
    const event = timeline('timeline 1953').events.find((e) => e.date === '1953-07-27');
    assert.deepEqual(event!.citations.map((c) => c.id).sort(), ['gedenken', 'jahrestag']);
  });

  it('resolves a weekday against a day-precise article date and a month against the tense', () => {
    assert.ok(
      timeline('timeline 2013-07').events.some((e) => e.date === '2013-07-27' && /Kranz/.test(e.text)),
      'am Samstag -> 27 July 2013',
    );
    assert.ok(
      timeline('timeline 2022-01').events.some((e) => /Peking/.test(e.text)),
      'im Januar, past tense -> January 2022',
    );
    assert.ok(
      timeline('timeline 2022-03').events.some((e) => e.date === '2022-03-14'),
      'am Montag -> 14 March 2022',
    );
  });

  it('does not turn durations into events', () => {
    const k = buildKnowledge([parseArticle('---\ndate: 2021-03-18\n---\nSeit zwei Jahren gibt es keinen Fortschritt. Die Prüfung werde in einigen Wochen abgeschlossen sein.', 'dauer.md')]);
    const result = answer(k, 'timeline 2019..2021') as TimelineAnswer;
    assert.deepEqual(
      result.events.map((e) => e.date),
      ['2021-03-18'],
      'only the lead, dated by the article',
    );
  });

  it("gives a person's timeline from the events that name them", () => {
    const result = timeline('timeline Kwon Tae Ho');
    assert.deepEqual(
      result.events.map((e) => e.date),
      ['2022-01', '2022-03-14'],
    );
    assert.ok(result.events.every((e) => e.people.includes('Kwon Tae Ho')));
  });

  it('filters by topic words and range together', () => {
    const result = timeline('timeline Genf 2022');
    assert.ok(result.events.length >= 1);
    assert.ok(result.events.every((e) => e.citations.some((c) => c.id === 'genf')));
  });

  it('names the nearest year with events when the range is empty', () => {
    const result = timeline('timeline 1960');
    assert.equal(result.events.length, 0);
    assert.deepEqual(result.nearest, { from: '1953', to: '1953' });
  });
});
