import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseSpan, clausesOf, mainClauseAt, relativeClause, relativeClauses, subordinateAt } from '../../../src/text/events/clauses.ts';

const cut = (sentence: string, at: number, max?: number) => {
  const { start, end } = clauseSpan(sentence, at, max, max === undefined ? undefined : max * 2);
  return sentence.slice(start, end);
};

describe('mainClauseAt', () => {
  it('accepts the sentence start and clauses after ; or a dash, not after "als", "dass" or a relative pronoun', () => {
    const s = 'Es war still - doch dann kam er, als es regnete, der Mann, dass alle staunten; Er ging.';
    assert.equal(mainClauseAt(s, 0), true);
    assert.equal(mainClauseAt(s, s.indexOf('doch')), true);
    assert.equal(mainClauseAt(s, s.indexOf('als')), false);
    assert.equal(mainClauseAt(s, s.indexOf('der Mann')), false);
    assert.equal(mainClauseAt(s, s.indexOf('dass')), false);
    assert.equal(mainClauseAt(s, s.indexOf('Er ging')), true);
  });
});

describe('clauseSpan', () => {
  it('keeps a short sentence whole', () => {
    const s = 'Der Gipfel scheiterte Ende Februar, sagte er.';
    assert.equal(cut(s, 22), s);
  });

  it('starts a long sentence at its start and ends it at a clause boundary', () => {
    const s = 'Die Äußerungen sind bemerkenswert, als die USA im Januar betont hatten, dass Fortschritte nötig seien, und zwar bald, sagte ein Diplomat in der Hauptstadt.';
    const text = cut(s, s.indexOf('Januar'), 80);
    assert.equal(text, 'Die Äußerungen sind bemerkenswert, als die USA im Januar betont hatten');
  });

  it('starts at a later main clause when the sentence start is too far from the date', () => {
    const s = `${'Lange Vorrede über vieles '.repeat(4).trim()}; der Gipfel scheiterte Ende Februar, als niemand damit rechnete.`;
    const text = cut(s, s.indexOf('Ende'), 80);
    assert.equal(text, 'der Gipfel scheiterte Ende Februar, als niemand damit rechnete.'.replace(/\.$/, '.'));
  });

  it('cuts one overlong clause to whole words around the date', () => {
    const s = `${'sehr '.repeat(60)}lang am 3. März ${'und weiter '.repeat(60)}fertig.`;
    const text = cut(s, s.indexOf('3. März'), 60);
    assert.ok(text.length <= 60, text);
    assert.match(text, /3\. März/);
    assert.ok(!text.startsWith(' ') && !text.endsWith(' '));
  });
});

describe('subordinateAt', () => {
  const at = (sentence: string, word: string) => {
    const i = sentence.indexOf(word);
    assert.ok(i >= 0, word);
    return subordinateAt(sentence, i);
  };

  it('finds relative clauses, also after a preposition, and clauses opened by a subordinating word', () => {
    const relative = 'Die Ministerin, die 2009 ins Amt kam, will jetzt zurücktreten.';
    assert.equal(at(relative, '2009'), true);
    assert.equal(at(relative, 'jetzt'), false);
    assert.equal(at('Das Haus, in dem er 1950 geboren wurde, ist inzwischen ein Museum.', '1950'), true);
    assert.equal(at('Nachdem der Damm im Mai gebrochen war, wird er nun erneuert.', 'Mai'), true);
    assert.equal(at('Nachdem der Damm im Mai gebrochen war, wird er nun erneuert.', 'nun'), false);
  });

  it('takes a quotation for a clause of its own, and an article after it or a colon for none', () => {
    assert.equal(at('Er rief „Nachdem wir im Mai kamen, ging es los“.', 'Mai'), true);
    assert.equal(at('Er sagte: „Der Rat tagte am Montag.“', 'Montag'), false);
    assert.equal(at('Er sagte: Der Rat tagte am Montag.', 'Montag'), false);
  });

  it('does not take a main clause, an apposition or a date aside for subordinate', () => {
    assert.equal(at('Der Rat tagte am Montag im Rathaus.', 'Montag'), false);
    assert.equal(at('Am Freitag, dem 3. Mai, beschloss der Rat nun den Bau.', '3. Mai'), false);
    assert.equal(at('Der Bürgermeister, Hans Ober, trat 2010 zurück.', '2010'), false);
  });
});

describe('clausesOf', () => {
  const texts = (sentence: string, options?: Parameters<typeof clausesOf>[1]) => clausesOf(sentence, options).map((c) => sentence.slice(c.start, c.end));

  it('cuts at a comma, semicolon or colon before a space and at a dash between spaces', () => {
    assert.deepEqual(texts('Er kam, als es regnete; sie ging: still – und leise - fort.'), ['Er kam', 'als es regnete', 'sie ging', 'still', 'und leise', 'fort.']);
  });

  it('does not cut at the comma of a number, a hyphen, a quote mark or a colon in a time, unless told', () => {
    assert.deepEqual(texts('Die Nord-Süd-Quote stieg auf 29,9 Prozent „bald“ um 14:00 Uhr.'), ['Die Nord-Süd-Quote stieg auf 29,9 Prozent „bald“ um 14:00 Uhr.']);
    assert.deepEqual(texts('Er sagte „bald“ dazu.', { quotes: true }), ['Er sagte ', 'bald', ' dazu.']);
    assert.deepEqual(texts('Sie beginnt um 14:00 Uhr.', { bareColon: true }), ['Sie beginnt um 14', '00 Uhr.']);
  });
});

describe('relativeClause and relativeClauses', () => {
  const relatives = (sentence: string) => relativeClauses(sentence).map((c) => sentence.slice(c.start, c.end));

  it('finds a clause after a comma opened by a relative pronoun, a preposition and one, or "wo"', () => {
    assert.deepEqual(relatives('Im Bau ist eine Rollbahn, auf der die Starts stattfinden werden.'), ['auf der die Starts stattfinden werden.']);
    assert.deepEqual(relatives('Der Minister, dessen Amt endet, und die Stadt, wo er wohnt, schweigen.'), ['dessen Amt endet', 'wo er wohnt']);
    assert.deepEqual(relatives('Die Aktien, die auf 29,9 Prozent aufgestockt werden sollen, steigen.'), ['die auf 29,9 Prozent aufgestockt werden sollen']);
  });

  it('takes no article after a semicolon, colon or quote mark, no date apposition and no "um"/"während" clause', () => {
    assert.deepEqual(relatives('Es regnete; die Polizei kam. Er sagte: Die Wahl ist frei.'), []);
    assert.deepEqual(relatives('Am Freitag, dem 3. Mai, tagte der Rat, um die Wahl zu planen, während die Stadt schlief.'), []);
    const s = 'Der Rat tagte.';
    assert.equal(relativeClause(s, { start: 0, end: s.length }), false);
  });

  it('ends a relative clause at a bare colon, as the plan test always has ("14:00")', () => {
    assert.deepEqual(relatives('Die Sitzung, die um 14:00 Uhr beginnen soll, fällt aus.'), ['die um 14']);
  });
});
