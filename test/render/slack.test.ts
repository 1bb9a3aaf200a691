import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answer, SearchAnswer, TimelineAnswer } from '../../src/answers/types.ts';
import type { Block } from '../../src/render/block-types.ts';
import { BLOCK_LIMITS } from '../../src/render/limits.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { visibleText } from '../support/visible-text.ts';

const citation = { id: 'a1', title: 'Titel', date: '2020-07' };

/** A one-page English timeline answer for 2020 with no events, with `more` set over it. */
function timelineAnswer(more: Partial<TimelineAnswer> = {}): TimelineAnswer {
  return { kind: 'timeline', lang: 'en', total: 1, page: 1, pageCount: 1, remaining: 0, query: '', from: '2020', to: '2020', events: [], ...more };
}

/** A one-page English search answer for "q" with no hits, with `more` set over it. */
function searchAnswer(more: Partial<SearchAnswer> = {}): SearchAnswer {
  return {
    kind: 'search',
    lang: 'en',
    page: 1,
    pageCount: 1,
    remaining: 0,
    query: 'q',
    hits: [],
    total: 0,
    suggestions: [],
    searchedFor: 'q',
    corrections: [],
    filters: {},
    partial: false,
    withoutFilters: 0,
    weaker: 0,
    ...more,
  };
}

function textsOf(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'header' || b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : []));
}

/** Every Block Kit limit the bot relies on. */
function assertWithinLimits(message: { text: string; blocks: Block[] }): void {
  assert.ok(message.text.length > 0, 'fallback text');
  assert.ok(message.blocks.length <= BLOCK_LIMITS.blocks, `${message.blocks.length} blocks`);
  for (const block of message.blocks) {
    if (block.type === 'header') assert.ok(block.text.text.length <= BLOCK_LIMITS.headerText);
    if (block.type === 'section') assert.ok(block.text.text.length <= BLOCK_LIMITS.sectionText);
    if (block.type === 'context') assert.ok(block.elements.length <= BLOCK_LIMITS.contextElements);
  }
  assert.ok(textsOf(message.blocks).join('').length <= 12000, 'total text');
}

describe('renderSlack limits', () => {
  it('cuts a 500-event page to 50 blocks and says how many were left out', () => {
    const answer = timelineAnswer({
      query: 'timeline 2020',
      events: Array.from({ length: 500 }, (_, i) => ({ date: '2020-07', precision: 'month', people: [], text: `Ereignis ${i}`, citations: [citation] })),
    });
    const message = renderSlack(answer);
    assertWithinLimits(message);
    // the closing note, then the buttons (feedback) as the last block
    assert.equal(message.blocks.at(-1)!.type, 'actions');
    const note = message.blocks.at(-2)!;
    assert.equal(note.type, 'context');
    assert.match(textsOf([note])[0]!, /\d+ more events not shown/);
  });

  it('keeps huge texts within section, header and total limits', () => {
    const long = 'Wort '.repeat(2000);
    const answer = searchAnswer({
      pageCount: 8,
      query: long.slice(0, 400),
      total: 40,
      searchedFor: 'Wort',
      remaining: 35,
      hits: Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, title: long, date: '2020', score: 1, snippet: long, passages: [{ text: long, highlights: [[0, 4]] }], phrase: false })),
    });
    assertWithinLimits(renderSlack(answer));
  });

  it('keeps an item and its citation together', () => {
    const answer = timelineAnswer({ query: 'q', events: Array.from({ length: 60 }, () => ({ date: '2020', precision: 'year', people: [], text: 'x', citations: [citation] })) });
    const blocks = renderSlack(answer).blocks;
    assert.ok(blocks.filter((block) => block.type === 'section').length > 1, 'several items');
    blocks.forEach((block, i) => {
      if (block.type === 'section' && i > 0) assert.equal(blocks[i + 1]?.type, 'context');
    });
  });
});

describe('renderSlack escaping', () => {
  it('escapes &, < and > from articles and users everywhere', () => {
    const answer = searchAnswer({
      query: '<!channel>',
      total: 1,
      searchedFor: '',
      hits: [{ id: 'x', title: 'A & B <b>', date: '2020', score: 1, snippet: 'Ein <@U123> Satz > 3', passages: [{ text: 'Ein <@U123> Satz > 3', highlights: [[4, 11]] }], phrase: false }],
    });
    const json = visibleText(renderSlack(answer));
    assert.doesNotMatch(json, /<!channel>|<@U123>|<b>/);
    assert.match(json, /A &amp; B &lt;b&gt;/);
  });

  it('links the article url only when it is http(s)', () => {
    const good = JSON.stringify(renderSlack(timelineAnswer({ events: [{ date: '2020', precision: 'year', people: [], text: 't', citations: [{ ...citation, url: 'https://example.org/x?a=1&b=2' }] }] })));
    assert.match(good, /<https:\/\/example.org\/x\?a=1&amp;b=2\|Link>/);
    const bad = JSON.stringify(renderSlack(timelineAnswer({ events: [{ date: '2020', precision: 'year', people: [], text: 't', citations: [{ ...citation, url: 'javascript:alert(1)' }] }] })));
    assert.doesNotMatch(bad, /javascript/);
  });
});

describe('renderSlack content', () => {
  it('marks a plan or expectation after its date, in Slack and in the terminal', () => {
    const events = [
      { date: '2020-07', precision: 'month' as const, people: [], text: 'Biegun wird sich am Donnerstag mit Suh treffen.', citations: [citation], planned: true as const },
      { date: '2020-07', precision: 'month' as const, people: [], text: 'Biegun traf Kang am Mittwoch.', citations: [citation] },
    ];
    const answer = timelineAnswer({ lang: 'de', total: 2, query: 'timeline 2020', events });
    const shown = visibleText(renderSlack(answer));
    assert.match(shown, /Juli 2020\*? _\(angekündigt\/erwartet\)_ +Biegun wird/);
    assert.doesNotMatch(shown, /erwartet\)_ +Biegun traf/);
    const lines = renderText(answer).split('\n');
    assert.ok(
      lines.some((l) => l.includes('Juli 2020 (angekündigt/erwartet): Biegun wird')),
      lines.join('\n'),
    );
    assert.ok(lines.some((l) => l.includes('Juli 2020: Biegun traf')));
  });

  it('says when new articles are still being merged into timelines and profiles', () => {
    const timeline = visibleText(renderSlack(timelineAnswer({ lang: 'de', total: 0, updating: true })));
    assert.match(timeline, /werden gerade eingearbeitet/);
    const who = visibleText(renderSlack({ kind: 'who', lang: 'en', name: 'X', query: 'who X', person: null, suggestions: [], updating: true }));
    assert.match(who, /being merged in/);
    assert.doesNotMatch(visibleText(renderSlack({ kind: 'who', lang: 'en', name: 'X', query: 'who X', person: null, suggestions: [] })), /being merged in/);
  });

  it('renders every answer kind with a header or section and fallback text', () => {
    const answers: Answer[] = [
      { kind: 'help', lang: 'en', title: 'Korea desk bot', query: '', intro: 'i', commands: [{ usage: 'u', description: 'd', example: 'e' }] },
      timelineAnswer({ nearest: { from: '2019', to: '2019' } }),
      { kind: 'who', lang: 'en', name: 'X', query: 'who X', person: null, suggestions: ['Xi'] },
      searchAnswer(),
      { kind: 'error', lang: 'en', query: 'q', message: 'm', usage: ['timeline 2020'] },
    ];
    for (const answer of answers) {
      const message = renderSlack(answer);
      assertWithinLimits(message);
      assert.ok(message.blocks.length >= 1, answer.kind);
    }
  });

  it('offers the nearest period for an empty timeline', () => {
    const message = renderSlack(timelineAnswer({ from: '2015', to: '2015', nearest: { from: '2018', to: '2018' } }));
    assert.match(JSON.stringify(message.blocks), /timeline 2018/);
  });

  it('says how it read a period in the query and offers to narrow to articles dated then', () => {
    const hit = { ...citation, score: 1, snippet: 'Die Rentenreform gilt ab 2024.', passages: [], phrase: false };
    const answer = searchAnswer({
      lang: 'de',
      query: 'Rentenreform 2024',
      command: 'Rentenreform 2024',
      hits: [hit, { ...hit, id: 'a2' }],
      total: 2,
      searchedFor: 'Rentenreform',
      period: { from: '2024', to: '2024', dated: 1, narrow: 'Rentenreform datum:2024' },
    });
    const message = renderSlack(answer);
    assertWithinLimits(message);
    assert.match(visibleText(message), /2024 gelesen als: Artikel aus dieser Zeit oder über Ereignisse aus dieser Zeit zuerst \(1 davon/);
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    const narrow = buttons.find((b) => b.text.text === 'Nur Artikel datiert 2024');
    assert.ok(narrow, 'a narrow button');
    assert.deepEqual(JSON.parse(narrow.value!), { command: 'Rentenreform datum:2024', lang: 'de' });
    assert.equal(new Set(buttons.map((b) => b.action_id)).size, buttons.length, 'action ids unique in the block');
    const allDated = renderSlack({ ...answer, period: { ...answer.period!, dated: 2 } });
    assert.ok(!JSON.stringify(allDated.blocks).includes('Nur Artikel datiert'), 'no button when it would change nothing');
  });

  it('marks where the hits matching only part of the query begin', () => {
    const hit = (id: string, title: string) => ({ ...citation, id, title, score: 1, snippet: 'Gespräche', passages: [], phrase: false });
    const answer = searchAnswer({
      lang: 'de',
      query: 'Ostrowski Gespräche',
      hits: [hit('a1', 'Erster'), hit('a2', 'Zweiter'), hit('a3', 'Dritter')],
      total: 1,
      searchedFor: 'Ostrowski Gespräche',
      weaker: 2,
    });
    const message = renderSlack(answer);
    assertWithinLimits(message);
    assert.equal(message.text, '1 Artikel zu Ostrowski Gespräche, danach 2 Artikel mit nur einem Teil der Wörter.');
    const text = visibleText(message);
    const marker = text.indexOf('Mit nur einem Teil der Wörter:');
    assert.ok(marker > text.indexOf('Erster') && marker < text.indexOf('Zweiter'), text);
    assert.ok(!visibleText(renderSlack({ ...answer, total: 3, weaker: 0 })).includes('Mit nur einem Teil'));
  });
});
