import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personKey, surnameOf } from '../../../src/text/people/key.ts';

test('spelling variants of one name share a key', () => {
  assert.equal(personKey('Kim Jong Un'), personKey('Kim Jong-un'));
  assert.equal(personKey('KIM JONG UN'), personKey('Kim Jong Un'));
  assert.equal(personKey('Choe Son Hui'), personKey('Choe Son-hui'));
  assert.equal(personKey('Gerhard Schröder'), personKey('Gerhard Schroeder'));
});

test('different people keep different keys', () => {
  assert.notEqual(personKey('Kim Jong Un'), personKey('Kim Yo Jong'));
  assert.notEqual(personKey('Kim Jong Un'), personKey('Kim'));
});

test('the family name is first for Korean names and last otherwise', () => {
  assert.equal(surnameOf('Kim Jong Un', true), 'Kim');
  assert.equal(surnameOf('Antony Blinken', false), 'Blinken');
  assert.equal(surnameOf('Benedikt XVI.', false), 'Benedikt');
  assert.equal(surnameOf('Malcolm X', false), 'X');
});
