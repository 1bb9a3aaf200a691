/**
 * The gold mapping of eval/quotes.ts (eval/quotes-gold.ts): which annotation of a quote annotated twice stays.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Gold, withoutRelays } from '../../eval/quotes-gold.ts';

/** A located gold quote at 10..20 with the speaker span and class given. */
function gold(speaker: string, cls: Gold['cls'], quote = '„Ja“'): Gold {
  return { article: 'a', type: 'Direct', speaker, cue: '', quote, start: 10, end: 20, cls };
}

describe('withoutRelays', () => {
  it('of a person and the medium quoting them, only the person stays', () => {
    const kept = withoutRelays([gold('Hoyzer', 'named'), gold('von Spiegel-Online', 'other')]);
    assert.equal(kept.length, 1);
    assert.equal(kept[0]!.speaker, 'Hoyzer');
  });

  it('two non-person annotations both stay, and so do quotes annotated once', () => {
    assert.equal(withoutRelays([gold('eine Stelle aus dem Bericht', 'other'), gold('Reuters', 'other')]).length, 2);
    assert.equal(withoutRelays([gold('Reuters', 'other'), gold('Hoyzer', 'named', '„Nein“')]).length, 2);
  });
});
