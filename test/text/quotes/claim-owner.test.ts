/**
 * Reported words whose sayer is the owner of a claim noun the cue takes as object ("lehnte den
 * Vorschlag von Y ab, …"), not the cue's subject. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from '../../support/quotes.ts';

describe('a claim noun with its owner before the reported clause', () => {
  it('"X lehnte den Vorschlag des Ministers Y ab, …" -> Y\'s proposal', () => {
    assert.deepEqual(pairs('Auch lehnte die Ministerin Anna Roth den Vorschlag des Umweltministers Paul Prem ab, die Kontrolle einer Bundesaufsicht zu unterstellen.'), [
      ['indirect', 'Paul Prem', 'die Kontrolle einer Bundesaufsicht zu unterstellen'],
    ]);
  });

  it('"X hat Berichte der Zeitung „…“ zurückgewiesen, er sei „…“ vorgesehen" -> the paper\'s claim: no person, neither for the quote inside', () => {
    assert.deepEqual(pairs('Die Ministerin Anna Roth hat Berichte der Zeitung „Le Monde“ zurückgewiesen, sie sei „längst“ für den Posten vorgesehen.'), [['direct', null, 'längst']]);
  });

  it('a claim noun without an owner leaves the subject its words: "X wies die Darstellung zurück, …"', () => {
    assert.deepEqual(pairs('Die Ministerin Anna Roth wies die Darstellung zurück, die Ausländer seien zur Ausreise gezwungen worden.'), [
      ['indirect', 'Anna Roth', 'die Ausländer seien zur Ausreise gezwungen worden'],
    ]);
  });

  it("the owner phrase ends at a preposition: \"die Vorwürfe der Opposition gegen den Minister Y\" are the opposition's, no person's (not Y's)", () => {
    assert.deepEqual(pairs('Die Ministerin Anna Roth wies die Vorwürfe der Opposition gegen den Minister Paul Prem zurück, er habe gelogen.'), []);
    assert.deepEqual(pairs('Die Ministerin Anna Roth wies die Forderung der Gewerkschaft nach Gesprächen mit Paul Prem zurück, man sei nicht zuständig.'), []);
  });

  it('"von" with a time is no owner: "X bestätigte Berichte von gestern, …" stays X\'s', () => {
    assert.deepEqual(pairs('Die Ministerin Anna Roth bestätigte Berichte von gestern, die Reform sei beschlossen.'), [['indirect', 'Anna Roth', 'die Reform sei beschlossen']]);
  });
});
