import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { leadSentence } from '../../src/digest/lead.ts';

const lead = (body: string, title = 'Eine Überschrift') => leadSentence({ title, body });

describe('leadSentence', () => {
  it('is the first sentence of the body', () => {
    assert.equal(lead('Die Raumfähre kann am Montag zurückkehren. Die Landung ist geplant.'),
      'Die Raumfähre kann am Montag zurückkehren.');
  });
  it('skips a photo credit line', () => {
    assert.equal(lead('Photo : YONHAP News\n\nSüdkorea und die USA haben sich geeinigt, ihr Bestes zu tun.Eine Botschaft folgte.'),
      'Südkorea und die USA haben sich geeinigt, ihr Bestes zu tun.');
  });
  it('skips a caption that ends in its credit instead of a full stop', () => {
    assert.equal(lead('Reporter warten an der Brücke, nachdem das Büro gesprengt wurde. epa/YONHAP\n\nSeit zwei Jahren gibt es keinen Fortschritt mehr.'),
      'Seit zwei Jahren gibt es keinen Fortschritt mehr.');
  });
  it('skips the headline when the body repeats it, whatever its punctuation', () => {
    assert.equal(lead('Biegun trifft Lee in Seoul zu Gesprächen!\nDer US-Vizeaußenminister ist am Mittwoch eingetroffen.', 'Biegun trifft Lee in Seoul zu Gesprächen'),
      'Der US-Vizeaußenminister ist am Mittwoch eingetroffen.');
  });
  it('skips fragments of fewer than five words', () => {
    assert.equal(lead('Seoul, 8. Juli.\nDie Gespräche wurden am Mittwoch fortgesetzt.'), 'Die Gespräche wurden am Mittwoch fortgesetzt.');
  });
  it('keeps a closing quotation mark with the sentence', () => {
    assert.equal(lead('Er sprach von einem „neuen Durchbruch bei der Denuklearisierung.“ Dann ging er.'),
      'Er sprach von einem „neuen Durchbruch bei der Denuklearisierung.“');
  });
  it('is null when nothing in the body reads like a sentence', () => {
    assert.equal(lead('Photo : YONHAP News\nepa/YONHAP'), null);
    assert.equal(lead(''), null);
  });
});
