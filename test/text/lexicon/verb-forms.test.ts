import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verbForms } from '../../../src/text/lexicon/index.ts';

describe('verbForms', () => {
  it('knows finite forms, subjunctives that are no indicative, and past participles', () => {
    const { finite, subjunctive, participles } = verbForms();
    assert.ok(finite.has('sagte') && finite.has('sei'));
    assert.ok(subjunctive.has('sei') && subjunctive.has('hätte'));
    assert.ok(!subjunctive.has('werden'), '"werden" is also indicative');
    assert.ok(participles.has('vorgeworfen') && participles.has('geschätzt'));
    assert.ok(!participles.has('treffen'));
  });

  it('knows the forms in the old and the new spelling ("beschloß" and "beschloss")', () => {
    const { finite, subjunctive, participles } = verbForms();
    assert.ok(finite.has('beschloss') && finite.has('beschloß'));
    assert.ok(subjunctive.has('müsste'));
    assert.ok(participles.has('gewusst') && finite.has('hieß'));
  });

  it("knows the auxiliaries and modals, the past of the modals in today's spelling too", () => {
    const { auxiliaries } = verbForms();
    for (const form of ['ist', 'war', 'sei', 'hat', 'hätte', 'wird', 'wurde', 'würde', 'musste', 'mussten', 'müsste', 'muss', 'konnte', 'sollte', 'wollte', 'durfte', 'möchte']) {
      assert.ok(auxiliaries.has(form), form);
    }
    // verbs of their own are no auxiliaries
    for (const form of ['sagte', 'betonte', 'ging', 'Hat']) assert.ok(!auxiliaries.has(form), form);
  });

  it('has of a separable verb the first part a main clause writes, split where src/common/separable-verbs.ts decides', () => {
    const { finite } = verbForms();
    // "Er stellte klar", "Das Treffen fand statt", "Die Polizei nahm … fest", "Sie fügte hinzu", "Er trat zurück"
    for (const form of ['stellte', 'fand', 'nahm', 'fügte', 'trat']) assert.ok(finite.has(form), form);
    // not the tables' one word for verbs they never split ("klarstellte", "stattfand", "festnahm")
    for (const form of ['klarstellte', 'stattfand', 'festnahm', 'bekanntgab']) assert.ok(!finite.has(form), form);
    // not the tables' wrong split of a two-part particle ("zufügte … hin", "ausstellte … her")
    for (const form of ['zufügte', 'ausstellte']) assert.ok(!finite.has(form), form);
    // the particles alone are no verb forms
    for (const form of ['klar', 'hinzu', 'statt']) assert.ok(!finite.has(form), form);
  });

  it('leaves out the first part of a separable verb whose rest is no verb: "deutsche" ("eindeutschen", no "deutschen")', () => {
    const { finite, subjunctive } = verbForms();
    // "Der deutsche Innenminister plant …", "der deutschen Regierung": adjectives
    for (const form of ['deutsche', 'deutschen', 'deutschte']) assert.ok(!finite.has(form) && !subjunctive.has(form), form);
    // the first part of a verb whose rest is a verb stays ("stellte" of "stellte … klar", "kündigte" of "kündigte … an")
    for (const form of ['stellte', 'kündigte']) assert.ok(finite.has(form), form);
  });

  it('has the one word a subordinate clause writes of a separable verb in the third person, apart from `finite`', () => {
    const { finite, subordinate } = verbForms();
    // "…, als die Wahl stattfand", "…, wie er klarstellte", "…, dass er zurücktrat", "…, falls er auftauche", "…, dass sie hinzufügte"
    for (const form of ['stattfand', 'klarstellte', 'zurücktrat', 'auftauche', 'hinzufügte', 'stattfinden']) assert.ok(subordinate.has(form), form);
    assert.ok(!finite.has('zurücktrat') && !finite.has('stattfand'));
    // no verb that does not separate, no first part or particle alone
    for (const form of ['sagte', 'verstand', 'stellte', 'statt', 'klar']) assert.ok(!subordinate.has(form), form);
  });
});
