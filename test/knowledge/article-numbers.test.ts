import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idsOf, numbering } from '../../src/knowledge/article-numbers.ts';

describe('articles as numbers', () => {
  it('go both ways', () => {
    assert.equal(
      numbering(
        new Map([
          ['a1', 0],
          ['a2', 1],
        ]),
        'timeline',
      )('a2'),
      1,
    );
    assert.equal(idsOf(['a1', 'a2'], 'timeline')(0), 'a1');
  });

  it('name what is missing and where', () => {
    assert.throws(() => numbering(new Map(), 'directory')('x'), /directory cites an unknown article x/);
    assert.throws(() => idsOf(['a1'], 'timeline')(5), /timeline refers to a missing article 5/);
  });
});
