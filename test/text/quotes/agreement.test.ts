/**
 * The grammar of the clause decides who can be its subject (issue 13, precision): a finite verb in
 * the plural has no single person for its subject, and a person after a preposition is its object.
 * Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from '../../support/quotes.ts';

describe('a plural verb has no single person for its subject', () => {
  it('"Kritiker werfen X vor, …": X is accused, nobody named speaks', () => {
    const found = pairs('Kritiker werfen Paul Lehmann vor, er habe die Warnungen überhört.');
    assert.ok(
      found.every(([, speaker]) => speaker === null),
      JSON.stringify(found),
    );
  });

  it('a relative clause in the plural: "Stimmen, die X vorwerfen, …"', () => {
    const found = pairs('Es gibt auch Stimmen, die dem früheren Minister Paul Lehmann vorwerfen, in der Krise geschwiegen zu haben.');
    assert.ok(
      found.every(([, speaker]) => speaker === null),
      JSON.stringify(found),
    );
  });

  it('the singular keeps its subject: "X wirft Y vor, …" names X', () => {
    assert.deepEqual(pairs('Anna Roth wirft Paul Lehmann vor, er habe die Warnungen überhört.'), [['indirect', 'Anna Roth', 'er habe die Warnungen überhört']]);
  });

  it('an infinitive after a modal is no plural: "musste er betonen, dass …"', () => {
    const found = pairs('Paul Lehmann hielt einen Vortrag. Auf Nachfrage musste Paul Lehmann betonen, dass es kaum Informationen gebe.');
    assert.deepEqual(found, [['indirect', 'Paul Lehmann', 'dass es kaum Informationen gebe']]);
  });

  it('two people joined by "und" after a plural verb both speak', () => {
    const found = pairs('„Wir bleiben“, sagten Anna Roth und Paul Lehmann am Montag.');
    assert.deepEqual(
      found.map(([, speaker]) => speaker),
      ['Anna Roth', 'Paul Lehmann'],
    );
  });

  it('a person and somebody unnamed after a plural verb: the person is one of the speakers', () => {
    assert.deepEqual(pairs('„Wir bleiben“, sagten Anna Roth und ihr Anwalt am Montag.'), [['direct', 'Anna Roth', 'Wir bleiben']]);
  });

  it('"zitieren" in the plural names the one quoted, its object', () => {
    assert.deepEqual(pairs('„Wir gehen“, zitierten mehrere Zeitungen Anna Roth.'), [['direct', 'Anna Roth', 'Wir gehen']]);
  });
});

describe('a person after a preposition is its object, not the subject', () => {
  it('"hat in einem Gespräch mit seinem Amtskollegen Y bekräftigt" -> not Y', () => {
    const found = pairs('Paul Lehmann hat in einem Gespräch mit seinem Amtskollegen Anna Roth bekräftigt, die Regierung stehe zu ihrer Verantwortung.');
    assert.equal(found.length, 1);
    assert.notEqual(found[0]![1], 'Anna Roth');
  });

  it('a title before a name with no preposition keeps the subject: "Die Ministerin Anna Roth bekräftigte, …"', () => {
    assert.deepEqual(pairs('Die Ministerin Anna Roth bekräftigte, die Regierung stehe zu ihrer Verantwortung.'), [['indirect', 'Anna Roth', 'die Regierung stehe zu ihrer Verantwortung']]);
  });
});

describe('the name before the verb is no subject when the grammar says so', () => {
  it('a name in the genitive ending a fronted phrase: "Zu den Spuren Lehmanns, wies das Gericht darauf hin, …"', () => {
    const found = pairs('Der Angeklagte Paul Lehmann schwieg. Zu den Spuren an der Jacke Lehmanns, wies das Gericht darauf hin, dass sie „wie Pech“ klebten.');
    assert.ok(
      found.every(([, speaker]) => speaker === null),
      JSON.stringify(found),
    );
  });

  it('after a comma, a noun phrase after the verb is its subject: "Anders als X, sagte der Gutachter, …"', () => {
    const found = pairs('Anders als Paul Lehmann, sagte der Gutachter, seien „keine Spuren“ gefunden worden.');
    assert.ok(
      found.every(([, speaker]) => speaker === null),
      JSON.stringify(found),
    );
  });

  it('a name before a comma and the verb still speaks when nothing follows the verb: "X, sagte, …"', () => {
    assert.deepEqual(pairs('„Wir bleiben hier“, sagte Paul Lehmann.'), [['direct', 'Paul Lehmann', 'Wir bleiben hier']]);
  });
});

describe('a person after a subject and its verb is an object', () => {
  it('"X nannte Y „…“" and "X widersprach Y: „…“" -> X', () => {
    assert.deepEqual(pairs('Anna Roth nannte Paul Lehmann „einen Weltmeister“.'), [['direct', 'Anna Roth', 'einen Weltmeister']]);
    assert.deepEqual(pairs('Paul Lehmann widersprach Anna Roth: „Ich bin nicht faul.“'), [['direct', 'Paul Lehmann', 'Ich bin nicht faul.']]);
  });

  it('"X sagte über Y: „…“" -> X', () => {
    assert.deepEqual(pairs('Anna Roth sagte über Paul Lehmann: „Er ist ein Freund.“'), [['direct', 'Anna Roth', 'Er ist ein Freund.']]);
  });

  it('a person after the verb whose subject follows it stays a rival: "Am Montag sagte X zu Y: „…“" names nobody', () => {
    const found = pairs('Am Montag sagte Anna Roth zu Paul Lehmann: „Er ist ein Freund.“');
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], null);
  });
});

describe('a possessor in the genitive is not who speaks', () => {
  it('"sagte Lehmanns Sprecherin X" -> X', () => {
    assert.deepEqual(pairs('Paul Lehmann ist Bürgermeister. „Wir bauen neu“, sagte Lehmanns Sprecherin Anna Kowalski.'), [['direct', 'Anna Kowalski', 'Wir bauen neu']]);
  });

  it('"sagte Lehmanns Sprecherin" without a name: nobody named speaks', () => {
    const found = pairs('Paul Lehmann ist Bürgermeister. „Wir bauen neu“, sagte Lehmanns Sprecherin.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], null);
  });
});

describe('the subject of reported speech before the quote is talked about when a cue after names the speaker', () => {
  it('"Y sei „…“, hatte X gesagt" -> X', () => {
    assert.deepEqual(pairs('Paul Lehmann sei „ein Freund“, hatte Anna Roth gesagt.'), [['direct', 'Anna Roth', 'ein Freund']]);
  });

  it('without a cue the reported subject still speaks: "Er habe „…“"', () => {
    assert.deepEqual(
      pairs('Paul Lehmann wurde befragt. Er habe „nichts gewusst“.').filter(([type]) => type === 'direct'),
      [['direct', 'Paul Lehmann', 'nichts gewusst']],
    );
  });
});

describe('"Dieser"/"Diese" opening a sentence: the person the sentence before named last', () => {
  it('"X kritisierte Y. Dieser entgegnete: „…“" -> Y', () => {
    assert.deepEqual(pairs('Anna Roth kritisierte Paul Lehmann. Dieser entgegnete: „Ich bin nicht faul.“'), [['direct', 'Paul Lehmann', 'Ich bin nicht faul.']]);
  });

  it('"Diese" for a man: no speaker', () => {
    const found = pairs('Anna Roth kritisierte Paul Lehmann. Diese entgegnete: „Ich bin nicht faul.“');
    assert.equal(found.length, 1);
    assert.notEqual(found[0]![1], 'Paul Lehmann');
  });

  it('after a paragraph break: no speaker', () => {
    const found = pairs('Anna Roth kritisierte Paul Lehmann.\n\nDieser entgegnete: „Ich bin nicht faul.“');
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], null);
  });
});

describe('whose words: the verb and the clause decide', () => {
  it('"X zitierte Y: „…“" -> Y: the subject of "zitieren" quotes, the object spoke', () => {
    assert.deepEqual(pairs('Anna Roth zitierte Paul Lehmann: „Wir schaffen das.“'), [['direct', 'Paul Lehmann', 'Wir schaffen das.']]);
  });

  it('"X zitierte aus einem Brief von Y: „…“" -> not X', () => {
    const found = pairs('Anna Roth zitierte aus einem Brief von Paul Lehmann: „Wir schaffen das.“');
    assert.equal(found.length, 1);
    assert.notEqual(found[0]![1], 'Anna Roth');
  });

  it('"X erinnerte an einen Satz von Y: „…“" -> not X: a person inside a noun phrase after the verb stays a rival', () => {
    const found = pairs('Anna Roth erinnerte an einen Satz von Paul Lehmann: „Wir schaffen das.“');
    assert.equal(found.length, 1);
    assert.notEqual(found[0]![1], 'Anna Roth');
  });

  it('"X bezeichnete die Kritik von Y als „…“" -> X: a predicate with "als" is the subject\'s word', () => {
    assert.deepEqual(pairs('Paul Lehmann bezeichnete die Kritik von Anna Roth als „absurd“.'), [['direct', 'Paul Lehmann', 'absurd']]);
  });

  it('"X sagte, Y habe ihr gesagt: „…“" -> Y: the participle cue belongs to the clause after the comma', () => {
    const found = pairs('Anna Roth sagte, Paul Lehmann habe ihr gesagt: „Ich gehe.“').filter(([type]) => type === 'direct');
    assert.deepEqual(found, [['direct', 'Paul Lehmann', 'Ich gehe.']]);
  });
});

describe('a quote inside reported speech belongs to the clause around it', () => {
  it('"X kritisierte, dass Y von einer „Lüge“ gesprochen habe" -> Y', () => {
    const found = pairs('Anna Roth kritisierte, dass Paul Lehmann von einer „Lüge“ gesprochen habe.').filter(([type]) => type === 'direct');
    assert.deepEqual(found, [['direct', 'Paul Lehmann', 'Lüge']]);
  });

  it('"Y habe „…“, wie X berichtete" -> X', () => {
    const found = pairs('Anna Roth habe „gelogen“, wie Paul Lehmann berichtete.').filter(([type]) => type === 'direct');
    assert.deepEqual(found, [['direct', 'Paul Lehmann', 'gelogen']]);
  });
});
