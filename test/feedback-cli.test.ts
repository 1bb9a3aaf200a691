import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, toCsv } from '../src/feedback-cli.ts';

describe('feedback CSV', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('sagte "nein", dann'), '"sagte ""nein"", dann"');
    assert.equal(csvField('a\nb'), '"a\nb"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  });

  it('writes a header and one row per vote', () => {
    const csv = toCsv([{ answerId: 'a1', question: 'who Biegun', kind: 'who', cited: ['x', 'y'], user: 'U1', verdict: 'wrong', reason: 'date', text: 'falsch, 2019', at: '2026-12-01T00:00:00.000Z' }]);
    const lines = csv.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.equal(lines[0], 'at,verdict,reason,kind,question,text,user,channel,link,cited,answer_id');
    assert.equal(lines[1], '2026-12-01T00:00:00.000Z,wrong,date,who,who Biegun,"falsch, 2019",U1,,,x y,a1');
  });
});
