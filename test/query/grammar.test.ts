/**
 * The query grammar, one table per entry point: commands (with natural phrasings and thread
 * follow-ups), bare ranges, and free-text search (filters, period hints, pages). Input is what
 * an adapter delivers: Slack markup is already stripped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inputText, MAX_INPUT_LENGTH, parseCommand, parseQuery, parseRange, periodText, type Command, type ParsedQuery } from '../../src/query/index.ts';

const timeline = (range?: { from: string; to: string }, topic?: string, page = 1): Command => ({ kind: 'timeline', page, ...(range ? { range } : {}), ...(topic ? { topic } : {}) });
const year = (y: string) => ({ from: y, to: y });

// [why, input, the command it parses to]
const COMMANDS: Array<[string, string, Command]> = [
  ['empty text is help', '', { kind: 'help' }],
  ['"help" is help', '  help ', { kind: 'help' }],
  ['a greeting in front says nothing', 'hey wer ist Biegun?', { kind: 'who', name: 'Biegun' }],
  ['built-in object names are no command words', 'constructor', { kind: 'search', text: 'constructor', page: 1 }],
  ['built-in object names are no command words (timeline topic)', 'timeline constructor 2020', timeline(year('2020'), 'constructor')],
  ['the /korea prefix goes', '/korea who Biegun', { kind: 'who', name: 'Biegun' }],
  ['who with a full name', 'who Kim Jong Un', { kind: 'who', name: 'Kim Jong Un' }],
  ['timeline year', 'timeline 2020', timeline(year('2020'))],
  ['timeline month', 'timeline 2020-07', timeline(year('2020-07'))],
  ['timeline range, command word in capitals', 'TIMELINE 2018..2020', timeline({ from: '2018', to: '2020' })],
  ['anything else is a search', 'Kaesong Verbindungsbüro', { kind: 'search', text: 'Kaesong Verbindungsbüro', page: 1 }],
  ['a page suffix in English', 'Kaesong page 2', { kind: 'search', text: 'Kaesong', page: 2 }],
  ['a page suffix in German', 'timeline 2020 seite 3', timeline(year('2020'), undefined, 3)],
  ['only digits make a page', 'Vorschlag der Seite Nordkoreas', { kind: 'search', text: 'Vorschlag der Seite Nordkoreas', page: 1 }],
  ['who with a page', 'who Vogelsang page 2', { kind: 'who', name: 'Vogelsang', page: 2 }],
  ['a timeline topic beside the period', 'timeline Kaesong 2019', timeline(year('2019'), 'Kaesong')],
  ['a timeline topic alone', 'timeline Biegun', timeline(undefined, 'Biegun')],
  ['German: wer', 'wer Biegun', { kind: 'who', name: 'Biegun' }],
  ['German: chronik', 'chronik 2020', timeline(year('2020'))],
  ['German: hilfe', 'hilfe', { kind: 'help' }],
  ['German: Zusammenfassung', 'Zusammenfassung', { kind: 'digest', args: '' }],
  ['natural: wer ist', 'wer ist Biegun?', { kind: 'who', name: 'Biegun' }],
  ['natural: who is', 'who is Lee Do-hoon', { kind: 'who', name: 'Lee Do-hoon' }],
  ['natural: was geschah im Juli 2020', 'was geschah im Juli 2020?', timeline(year('2020-07'))],
  ['natural: was passierte 2019 in Kaesong', 'was passierte 2019 in Kaesong?', timeline(year('2019'), 'Kaesong')],
  ['follow-up: mehr', 'mehr', { kind: 'more' }],
  ['follow-up: und 2021?', 'und 2021?', { kind: 'followup', range: year('2021') }],
  ['follow-up: was hat er gesagt?', 'was hat er gesagt?', { kind: 'followup', about: 'quotes' }],
  ['control characters read as spaces', 'who\u0001Biegun\u0007', { kind: 'who', name: 'Biegun' }],
];

// [why, input, problem code]; invalid timelines also show the timeline usage
const INVALID: Array<[string, string, string]> = [
  ['who with only punctuation', 'who ?', 'whoNeedsName'],
  ['who with no name', 'who   ', 'whoNeedsName'],
  ['timeline without range or topic', 'timeline', 'timelineNeedsRange'],
  ['timeline with a malformed year', 'timeline 20x0', 'badRange'],
  ['timeline with month 13', 'timeline 2020-13', 'badRange'],
  ['timeline with a backwards range', 'timeline 2021..2019', 'badRange'],
  ['timeline with punctuation only', 'timeline ..', 'badRange'],
  ['timeline with a dangling dash', 'timeline 2019-', 'badRange'],
  ['page 0', 'Kaesong page 0', 'badPage'],
];

// [why, input, range or null]
const RANGES: Array<[string, string, { from: string; to: string } | null]> = [
  ['"bis" between years', '2018 bis 2020', { from: '2018', to: '2020' }],
  ['a dash between years', '2018-2020', { from: '2018', to: '2020' }],
  ['a reversed range is none', '2020..2018', null],
];

// [why, input, the search as read]
const SEARCHES: Array<[string, string, ParsedQuery]> = [
  ['a year is a period hint, not a filter', 'Kaesong 2019', { text: 'Kaesong', period: year('2019') }],
  ['a month', 'Sanktionen 2019-03', { text: 'Sanktionen', period: year('2019-03') }],
  ['a month name with "im"', 'Gipfel im März 2019', { text: 'Gipfel', period: year('2019-03') }],
  ['a month name inside the text', 'Exporte brechen im Januar 2015 ein', { text: 'Exporte brechen ein', period: year('2015-01') }],
  ['"seit" goes with the year', 'Arbeitslosenquote auf niedrigstem Stand seit 1993', { text: 'Arbeitslosenquote auf niedrigstem Stand', period: year('1993') }],
  ['range with ..', 'Biegun 2019..2020', { text: 'Biegun', period: { from: '2019', to: '2020' } }],
  ['range with bis', 'Biegun 2019 bis 2020', { text: 'Biegun', period: { from: '2019', to: '2020' } }],
  ['range with a dash', 'Biegun 2019-2020', { text: 'Biegun', period: { from: '2019', to: '2020' } }],
  ['range with a spaced en dash', 'Biegun 2019 – 2020', { text: 'Biegun', period: { from: '2019', to: '2020' } }],
  ['range of months', 'Gespräche 2019-03..2019-06', { text: 'Gespräche', period: { from: '2019-03', to: '2019-06' } }],
  ['a season', 'Spieltag der Saison 2005-06', { text: 'Spieltag der Saison', period: { from: '2005', to: '2006' } }],
  ['datum: filters', 'Kaesong datum:2019', { text: 'Kaesong', from: '2019', to: '2019' }],
  ['date: filters a range of months', 'Kaesong date:2019-03..2019-06', { text: 'Kaesong', from: '2019-03', to: '2019-06' }],
  ['a filter and a hint', 'Rentenreform 2024 datum:2023', { text: 'Rentenreform', from: '2023', to: '2023', period: year('2024') }],
  ['numbers that are no years', '25 Mitarbeiter', { text: '25 Mitarbeiter' }],
  ['numbers that are no years (60.000)', 'Papst-Golf bei eBay auf 60.000 Euro gestiegen', { text: 'Papst-Golf bei eBay auf 60.000 Euro gestiegen' }],
  ['a trailing page', 'Kaesong page 2', { text: 'Kaesong', page: 2 }],
  ['a trailing page after a period', 'Kaesong 2019 Seite 3', { text: 'Kaesong', period: year('2019'), page: 3 }],
];

describe('the command grammar', () => {
  for (const [why, input, expected] of COMMANDS) {
    it(`${why}: ${JSON.stringify(input)}`, () => assert.deepEqual(parseCommand(input), expected));
  }

  for (const [why, input, code] of INVALID) {
    it(`refuses ${why}: ${JSON.stringify(input)}`, () => {
      const command = parseCommand(input);
      assert.equal(command.kind, 'invalid', input);
      if (command.kind === 'invalid') {
        assert.equal(command.problem.code, code);
        if (input.startsWith('timeline')) assert.ok(command.usage.includes('timeline 2020'));
      }
    });
  }

  it(`refuses text over ${MAX_INPUT_LENGTH} characters`, () => {
    const command = parseCommand('a '.repeat(400));
    assert.equal(command.kind, 'invalid');
    if (command.kind === 'invalid') assert.deepEqual(command.problem, { code: 'tooLong', length: 799, max: 500 });
  });

  it('refuses very long raw input before any pattern looks at it', () => {
    const command = parseCommand('<@U1|'.repeat(40_000));
    assert.equal(command.kind, 'invalid');
    if (command.kind === 'invalid') assert.deepEqual(command.problem, { code: 'tooLong', length: 200_000, max: 500 });
  });
});

describe('bare ranges (command rules)', () => {
  for (const [why, input, expected] of RANGES) {
    it(`${why}: ${JSON.stringify(input)}`, () => assert.deepEqual(parseRange(input), expected));
  }
});

describe('the search grammar', () => {
  for (const [why, input, expected] of SEARCHES) {
    it(`${why}: ${JSON.stringify(input)}`, () => assert.deepEqual(parseQuery(input), expected));
  }

  it('ignores a backwards range and reads on (the year alone)', () => {
    assert.equal(parseQuery('Biegun 2020..2019').period?.from, '2020');
    assert.equal(parseQuery('Biegun datum:2020..2019').from, undefined);
  });

  it('writes a period back as it is typed', () => {
    assert.equal(periodText({ from: '2019', to: '2019' }), '2019');
    assert.equal(periodText({ from: '2019', to: '2020' }), '2019..2020');
  });
});

describe('inputText', () => {
  it('makes a missing or non-string field empty text', () => {
    assert.equal(inputText(undefined), '');
    assert.equal(inputText(42), '');
    assert.equal(inputText({ text: 'x' }), '');
    assert.equal(inputText('who Biegun'), 'who Biegun');
  });
});
