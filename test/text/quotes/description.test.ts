/**
 * A definite description as the speaker ("sagte die Ministerin", "Der grüne Staatssekretär sagte"):
 * the one person named before who holds that title; nobody when two could be meant, when the
 * description is indefinite, or when it names a person of its own. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withSources } from '../../support/quotes.ts';

describe('a definite description stands for the one person holding the title', () => {
  it('"Der grüne Staatssekretär sagte, dass … „…“" after "Staatssekretär X" -> X', () => {
    const found = withSources('Staatssekretär Paul Lehmann (Grüne) forderte neue Regeln. Der grüne Staatssekretär sagte der Zeitung, dass an jeder Tankstelle eine „grüne Zapfsäule“ stehen solle.');
    assert.deepEqual(
      found.map(([type, speaker]) => [type, speaker]),
      [
        ['indirect', 'Paul Lehmann'],
        ['direct', 'Paul Lehmann'],
      ],
    );
  });

  it('two people with the title: no person, the description stays the source', () => {
    const found = withSources(
      'Staatssekretär Paul Lehmann (Grüne) und Staatssekretär Max Brandner (SPD) forderten neue Regeln. Der grüne Staatssekretär sagte der Zeitung, dass an jeder Tankstelle eine „grüne Zapfsäule“ stehen solle.',
    );
    assert.ok(
      found.every(([, speaker]) => speaker === null),
      JSON.stringify(found),
    );
  });

  it('an indefinite description is somebody unnamed: "ein Staatssekretär sagte"', () => {
    const found = withSources('Staatssekretär Paul Lehmann (Grüne) forderte neue Regeln. „Das reicht nicht“, sagte ein Staatssekretär.');
    assert.deepEqual(found, [['direct', null, 'ein Staatssekretär', 'Das reicht nicht']]);
  });

  it('a description with an attribute is a person of its own: "der Staatssekretär des Innenministeriums"', () => {
    const found = withSources('Staatssekretär Paul Lehmann (Grüne) forderte neue Regeln. „Das reicht nicht“, sagte der Staatssekretär des Innenministeriums.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], null);
  });

  it('a title new to the text, one man named before: the description refers back to him (people/descriptions.ts)', () => {
    const found = withSources('Paul Lehmann forderte neue Regeln. „Das reicht nicht“, sagte der Staatssekretär.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], 'Paul Lehmann');
  });

  it('a title new to the text, two men named before: no person', () => {
    const found = withSources('Paul Lehmann forderte neue Regeln, Max Brandner widersprach. „Das reicht nicht“, sagte der Staatssekretär.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], null);
  });
});
