import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postponedTo } from '../../../src/text/dates/postponed.ts';

/** Whether the first occurrence of `date` in `text` is where something was moved to. */
const movedTo = (text: string, date: string) => postponedTo(text, text.indexOf(date), text.indexOf(date) + date.length);

describe('postponedTo', () => {
  it('finds the date something was put off or moved to', () => {
    assert.equal(movedTo('Der Prozess wurde auf den 28. November vertagt.', '28. November'), true);
    assert.equal(movedTo('Das Spiel wurde auf Ende Januar verschoben.', 'Ende Januar'), true);
    assert.equal(movedTo('Die Sitzung wird auf den 3. Mai nächsten Jahres verlegt.', '3. Mai'), true);
  });

  it('is not a date the moving happened on, nor a move still planned', () => {
    assert.equal(movedTo('Am 28. November wurde der Prozess vertagt.', '28. November'), false);
    assert.equal(movedTo('Er wartete auf den 28. November.', '28. November'), false);
    assert.equal(movedTo('Die Wahl soll auf den 5. Mai verschoben werden.', '5. Mai'), false);
  });
});
