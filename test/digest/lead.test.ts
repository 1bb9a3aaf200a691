import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { leadSentence } from '../../src/digest/lead.ts';

const lead = (body: string, title = 'Eine Überschrift') => leadSentence({ title, body });

describe('leadSentence', () => {
  it('is the first sentence of the body', () => {
    assert.equal(
      lead('Die Raumfähre Discovery kann wie geplant am kommenden Montag zur Erde zurückkehren. Die Landung ist geplant.'),
      'Die Raumfähre Discovery kann wie geplant am kommenden Montag zur Erde zurückkehren.',
    );
  });
  it('takes the next sentence of the paragraph along when the first is very short', () => {
    assert.equal(lead('Horst Arnold ist tot. Er starb am Freitag in Darmstadt.\n\nMehr dazu.'), 'Horst Arnold ist tot. Er starb am Freitag in Darmstadt.');
    assert.equal(lead('Horst Arnold ist tot.\n\nEr starb am Freitag in Darmstadt.'), 'Horst Arnold ist tot.');
  });
  it('rejoins a sentence broken by a line break or a split before a parenthesis', () => {
    assert.equal(
      lead('Ab sofort kann das Bundesamt für Bevölkerungsschutz\n(BBK) in ganz Deutschland per Mobilfunk warnen.'),
      'Ab sofort kann das Bundesamt für Bevölkerungsschutz (BBK) in ganz Deutschland per Mobilfunk warnen.',
    );
    assert.equal(
      lead('Unter dem Motto „Ein Problem?!“ hatten am 25. Januar 2006 zwei Beratungsstellen eingeladen.'),
      'Unter dem Motto „Ein Problem?!“ hatten am 25. Januar 2006 zwei Beratungsstellen eingeladen.',
    );
  });
  it('never starts a lead mid-sentence', () => {
    assert.equal(lead('und dann ging es weiter mit den Gesprächen in Seoul.\n\nDie Gespräche wurden am Mittwoch in Seoul fortgesetzt.'), 'Die Gespräche wurden am Mittwoch in Seoul fortgesetzt.');
  });
  it('skips a photo credit line', () => {
    assert.equal(lead('Photo : YONHAP News\n\nSüdkorea und die USA haben sich geeinigt, ihr Bestes zu tun.Eine Botschaft folgte.'), 'Südkorea und die USA haben sich geeinigt, ihr Bestes zu tun.');
  });
  it('skips a caption that ends in its credit instead of a full stop', () => {
    assert.equal(lead('Reporter warten an der Brücke, nachdem das Büro gesprengt wurde. epa/YONHAP\n\nSeit zwei Jahren gibt es keinen Fortschritt mehr.'), 'Seit zwei Jahren gibt es keinen Fortschritt mehr.');
  });
  it('skips the headline when the body repeats it, whatever its punctuation', () => {
    assert.equal(
      lead('Biegun trifft Lee in Seoul zu Gesprächen!\nDer US-Vizeaußenminister ist am Mittwoch eingetroffen.', 'Biegun trifft Lee in Seoul zu Gesprächen'),
      'Der US-Vizeaußenminister ist am Mittwoch eingetroffen.',
    );
  });
  it('skips fragments of fewer than three words and headings ending in a colon', () => {
    assert.equal(lead('Kurz notiert.\n\nDamen-Skispringen in Oberstdorf:\n\nDie Gespräche wurden am Mittwoch in Seoul fortgesetzt.'), 'Die Gespräche wurden am Mittwoch in Seoul fortgesetzt.');
  });
  it('keeps a closing quotation mark with the sentence', () => {
    assert.equal(lead('Er sprach von einem „neuen Durchbruch bei der Denuklearisierung.“ Dann ging er.'), 'Er sprach von einem „neuen Durchbruch bei der Denuklearisierung.“');
  });
  it('is null when nothing in the body reads like a sentence', () => {
    assert.equal(lead('Photo : YONHAP News\nepa/YONHAP'), null);
    assert.equal(lead(''), null);
  });
});
