/**
 * The core on articles it has never seen: made-up articles in both header formats.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { parseArticle } from '../../src/corpus/parse.ts';

const knowledge = buildKnowledge([
  parseArticle(
    '---\ntitle: Gipfel in Hanoi gescheitert\ndate: 2019-02-28\nurl: https://example.org/hanoi\n---\nDer Gipfel zwischen US-Präsident Donald Trump und Machthaber Kim Jong Un in Hanoi ist ohne Einigung zu Ende gegangen. Trump reiste vorzeitig ab.',
    'hanoi.md',
  ),
  parseArticle(' date 2018-04 Moon Jae-in und Kim Jong-un trafen sich in Panmunjom. Der südkoreanische Präsident Moon Jae-in sprach von einem neuen Zeitalter.', 'panmunjom.txt'),
  parseArticle('---\ntitle: Raketentest im Japanischen Meer\ndate: 2022-10-04\n---\nNordkorea hat erneut eine Rakete getestet. Japan protestierte.', 'rakete.md'),
]);

describe('answer', () => {
  it('builds a timeline for a year from unseen articles, citing them', () => {
    const result = answer(knowledge, 'timeline 2018..2019');
    assert.equal(result.kind, 'timeline');
    if (result.kind !== 'timeline') return;
    assert.deepEqual(
      result.events.map((e) => e.date),
      ['2018-04', '2019-02-28'],
    );
    assert.deepEqual(result.events[1]!.citations, [{ id: 'hanoi', title: 'Gipfel in Hanoi gescheitert', date: '2019-02-28', url: 'https://example.org/hanoi' }]);
  });

  it('names the nearest period when a range is empty', () => {
    const result = answer(knowledge, 'timeline 2015');
    assert.ok(result.kind === 'timeline' && result.events.length === 0);
    if (result.kind === 'timeline') assert.deepEqual(result.nearest, { from: '2018', to: '2018' });
  });

  it('profiles a person and merges hyphen and space spellings', () => {
    const result = answer(knowledge, 'who Kim Jong Un');
    assert.equal(result.kind, 'who');
    if (result.kind !== 'who' || !result.person) return assert.fail('no person');
    assert.deepEqual(result.person.articles.map((a) => a.id).sort(), ['hanoi', 'panmunjom']);
    assert.deepEqual([result.person.name, ...result.person.aliases].sort(), ['Kim Jong Un', 'Kim Jong-un']);
  });

  it('reads the full name and the role word before a surname', () => {
    const result = answer(knowledge, 'who Trump');
    if (result.kind !== 'who' || !result.person) return assert.fail('no person');
    assert.equal(result.person.name, 'Donald Trump');
    assert.deepEqual(result.person.roles, ['US-Präsident']);
  });

  it('says nobody is mentioned for an unknown name', () => {
    const result = answer(knowledge, 'who Merkel');
    assert.ok(result.kind === 'who' && result.person === null);
  });

  it('searches free text, best article first, with the matching sentence', () => {
    const result = answer(knowledge, 'Rakete');
    if (result.kind !== 'search') return assert.fail('not a search');
    assert.equal(result.hits[0]!.id, 'rakete');
    assert.match(result.hits[0]!.snippet, /Rakete/);
  });

  it('answers bad input with an error answer that lists accepted forms', () => {
    const result = answer(knowledge, 'timeline 20x0');
    assert.equal(result.kind, 'error');
    if (result.kind === 'error') assert.ok(result.usage.length > 0);
  });
});
