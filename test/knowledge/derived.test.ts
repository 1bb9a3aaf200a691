/**
 * The lookups kept beside the timeline: the date-range search over entries in timeline order
 * (the reports by article: reports-by-article.test.ts), and restored parts decoded on first use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Derived, lowerBound } from '../../src/knowledge/derived.ts';
import { FactStore } from '../../src/knowledge/fact-store.ts';
import { PeopleDirectory } from '../../src/knowledge/people-directory.ts';
import { timelineEntry } from '../support/timeline-entries.ts';

const entry = timelineEntry;

describe('derived lookups', () => {
  it('finds the first position whose key is not below the one sought', () => {
    const keys = ['1950', '2019', '2019-03', '2020'];
    const keyAt = (i: number) => keys[i]!;
    assert.equal(lowerBound(keys.length, keyAt, '2019'), 1);
    assert.equal(lowerBound(keys.length, keyAt, '2019\uffff'), 3);
    assert.equal(lowerBound(keys.length, keyAt, '1900'), 0);
    assert.equal(lowerBound(keys.length, keyAt, '2030'), 4);
    assert.equal(lowerBound(0, keyAt, '2019'), 0);
  });

  it('decodes a restored timeline and directory on first use, once', () => {
    const derived = new Derived(new FactStore(), () => '');
    const decoded: string[] = [];
    const timeline = [entry('2019', 'x')];
    const directory = new PeopleDirectory([], new Map());
    derived.restore(
      () => (decoded.push('timeline'), timeline),
      () => (decoded.push('directory'), directory),
      () => assert.fail('no error'),
    );
    assert.equal(derived.has(), true, 'restored counts as at hand');
    assert.equal(derived.isDecoding(), true);
    assert.deepEqual(decoded, []);
    assert.equal(derived.directory(), directory);
    assert.deepEqual(decoded, ['directory']);
    assert.equal(derived.timelineBetween({ from: '2019', to: '2019' })[0], timeline[0]);
    derived.timeline();
    assert.deepEqual(decoded, ['directory', 'timeline']);
    assert.equal(derived.isDecoding(), false);
  });

  it('merges again from the facts when a restored part cannot be decoded, and tells why', () => {
    const derived = new Derived(new FactStore(), () => '');
    const errors: string[] = [];
    derived.restore(
      () => assert.fail('corrupt (timeline: bad JSON)'),
      () => assert.fail('corrupt (people directory: bad JSON)'),
      (error) => errors.push(error.message),
    );
    assert.deepEqual(derived.timeline(), [], 'merged from the (empty) facts');
    assert.equal(derived.directory().profiles.length, 0);
    assert.deepEqual(errors, ['corrupt (timeline: bad JSON)', 'corrupt (people directory: bad JSON)']);
  });

  it('drops a restored part not decoded yet when an article changes and nothing keeps it', () => {
    const derived = new Derived(new FactStore(), () => '');
    derived.restore(
      () => assert.fail('not decoded after the change'),
      () => assert.fail('not decoded after the change'),
      () => assert.fail('no error'),
    );
    derived.forget('x');
    assert.equal(derived.has(), false);
    assert.deepEqual(derived.timeline(), []);
  });
});
