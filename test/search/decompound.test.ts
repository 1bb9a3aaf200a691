import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decompound } from '../../src/search/decompound.ts';
import { parseHunspellDic } from '../../src/search/lexicon.ts';

// A tiny Hunspell dictionary in igerman98's style: "/…j" or "/hke" entries may begin compounds
const lexicon = parseHunspellDic(['9', 'Atom/EPSmij', 'atom/hke', 'Gespräch/EPSTm', 'Programm/EPSmij', 'außen/ke', 'Minister/NSFmgij', 'vize/hke', 'Kanal/EPm', 'Stillstand/STm', 'Abkommen/Sm'].join('\n'));

describe('decompound', () => {
  it('splits into dictionary words, the last one inflected', () => {
    assert.deepEqual(decompound('atomgesprache', lexicon), ['atom', 'gesprache']);
    assert.deepEqual(decompound('vizeaussenminister', lexicon), ['vize', 'aussen', 'minister']);
  });

  it('accepts a linking -s- after a dictionary noun', () => {
    assert.deepEqual(decompound('stillstandsabkommen', lexicon), ['stillstands', 'abkommen']);
  });

  it('leaves unknown words and single dictionary words alone', () => {
    assert.deepEqual(decompound('kaesong', lexicon), []);
    assert.deepEqual(decompound('programm', lexicon), []);
    assert.deepEqual(decompound('atomkanalx', lexicon), []);
  });

  it('does not split short words', () => {
    assert.deepEqual(decompound('atomam', lexicon), []);
  });

  it('reads which entries may begin a compound from the Hunspell flags', () => {
    assert.ok(lexicon.heads.has('atom'));
    assert.ok(!lexicon.heads.has('kanal'), 'Kanal/EPm has no compound flag');
    assert.ok(lexicon.tails.has('kanal'));
  });
});
