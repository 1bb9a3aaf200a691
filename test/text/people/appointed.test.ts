/**
 * Appointments given to the person named before them (appointed.ts): across an age in brackets, an
 * apposition and a verbless aside, and with the participle left out after "wurde". The sentences are
 * written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as roles } from '../../support/people-roles.ts';

describe('appointments', () => {
  it('across an age in brackets and an apposition: "wurde X (41), Professor der Chemie, zum Rektor gewählt"', () => {
    const found = roles('Die Hochschule tagte, und am Freitag wurde Lena Brück (41), Professorin der Chemie, zur Rektorin gewählt.');
    assert.deepEqual(found['Lena Brück'], ['Professorin der Chemie', 'Rektorin']);
  });

  it('the participle left out after "wurde": "X wurde zu seinem Stellvertreter sowie …"', () => {
    const found = roles('Tim Kessler wurde zum Vorsitzenden gewählt; Jonas Albrecht (29), Elektriker, wurde zu seinem Stellvertreter sowie die Lehrerin Mara Keil, früher im Stadtrat aktiv, zur Kassiererin.');
    assert.deepEqual(found['Tim Kessler'], ['Vorsitzender']);
    assert.deepEqual(found['Jonas Albrecht'], ['Elektriker', 'Stellvertreter']);
    assert.deepEqual(found['Mara Keil'], ['Lehrerin', 'Kassiererin']);
  });

  it('the object of an appointment, not its subject: "Peters ernannte Max Huber zum …"', () => {
    assert.deepEqual(roles('Karl Peters hat Max Huber zum Vorsitzenden ernannt.'), { 'Karl Peters': [], 'Max Huber': ['Vorsitzender'] });
  });

  it('no role across a verb, an object pronoun, a person noun or a preposition before the name', () => {
    assert.deepEqual(roles('Karl Peters ernannte ihn zum Vorsitzenden.'), { 'Karl Peters': [] });
    assert.deepEqual(roles('Karl Peters bat den Abgeordneten, der zum Vorsitzenden gewählt wurde.'), { 'Karl Peters': [] });
    assert.deepEqual(roles('Die Tochter von Karl Peters wurde zur Vorsitzenden gewählt.'), { 'Karl Peters': [] });
    assert.deepEqual(roles('Anna Rieger, die Karl Peters kennt, wurde zur Vorsitzenden gewählt.'), { 'Anna Rieger': [], 'Karl Peters': [] });
  });

  it('no role without "wurde" or a participle: "ging zum Präsidenten"', () => {
    assert.deepEqual(roles('Karl Peters ging danach zum Präsidenten.'), { 'Karl Peters': [] });
  });
});
