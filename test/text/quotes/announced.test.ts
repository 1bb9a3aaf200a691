/**
 * A sentence in the Konjunktiv I right after a sentence whose verb of saying names a person without
 * quoting them continues that person's words (issue 13: the speaker in the sentence before).
 * Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from '../../support/quotes.ts';

const indirect = (text: string) => pairs(text).filter(([type]) => type === 'indirect');

describe('the speaker announced in the sentence before', () => {
  it('"X warnte vor Panik. Die Lage sei ernst." -> X', () => {
    assert.deepEqual(indirect('Die Ministerin Anna Schneider warnte vor Panik. Die Lage sei ernst, aber beherrschbar.'), [['indirect', 'Anna Schneider', 'Die Lage sei ernst, aber beherrschbar']]);
  });

  it('"X, der …, wies den Vorwurf zurück. <Konjunktiv I>" -> X, past a relative clause', () => {
    assert.deepEqual(indirect('Hubert Weber, der bei der Stiftung arbeitet, wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig.'), [
      ['indirect', 'Hubert Weber', 'In Zeiten knapper Kassen sei die Studie richtig'],
    ]);
  });

  it('the words run on over several sentences in the Konjunktiv I', () => {
    const found = indirect('Klaus Weber kritisierte den Beschluss. Er sei übereilt. Die Kosten seien nicht geprüft worden.');
    assert.deepEqual(
      found.map(([, speaker]) => speaker),
      ['Klaus Weber', 'Klaus Weber'],
    );
  });
});

describe('no speaker from the sentence before', () => {
  it('when it names two people', () => {
    assert.deepEqual(indirect('Klaus Weber kritisierte Petra Hahn. Der Beschluss sei übereilt.'), []);
  });

  it('when its verb says nothing of speaking', () => {
    assert.deepEqual(indirect('Klaus Weber fuhr am Montag nach Berlin. Der Beschluss sei übereilt.'), []);
  });

  it('when the verb of saying is a passive: the person is its agent, not announced', () => {
    assert.deepEqual(indirect('Der Plan wurde von Klaus Weber kritisiert. Die Kosten seien zu hoch.'), []);
  });

  it('when a paragraph break comes between', () => {
    assert.deepEqual(indirect('Klaus Weber kritisierte den Beschluss.\n\nDie Kosten seien zu hoch.'), []);
  });

  it('when the next sentence is in the indicative', () => {
    assert.deepEqual(indirect('Klaus Weber kritisierte den Beschluss. Die Kosten sind zu hoch.'), []);
  });

  it('when the next sentence has a cue of its own or names another person', () => {
    assert.deepEqual(indirect('Klaus Weber kritisierte den Beschluss. Petra Hahn sei anderer Meinung.'), []);
  });
});

describe('a sentence that names its own source continues nobody', () => {
  it('"…, hieß es aus Regierungskreisen" after a quote or an announcing sentence', () => {
    assert.deepEqual(indirect('Klaus Weber kritisierte den Beschluss. Es sei ein Fehler, hieß es aus Regierungskreisen.'), []);
    assert.deepEqual(
      pairs('„Das ist falsch“, sagte Klaus Weber. Es sei ein Fehler, hieß es aus Regierungskreisen.').map(([, speaker]) => speaker),
      ['Klaus Weber'],
    );
  });
});
