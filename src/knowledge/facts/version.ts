/**
 * The extractors' version. A snapshot records it, and one made by another version is built again
 * instead of loaded with stale facts. Written by `npm run facts:version` (test/support/facts-version.ts),
 * not by hand: test/knowledge/facts/version.test.ts fails when what the extractors make of a fixed
 * sample of articles no longer has the hash recorded here; that command then bumps the version and
 * records the new hash.
 */

/** Bumped whenever the extractors' output changes, so snapshots made by the old code are rebuilt. */
export const FACTS_VERSION = 16;

/** sha256 of the sample's sentences, facts, timeline and directory at FACTS_VERSION (`sampleHash` in test/support/facts-version.ts). */
export const FACTS_SAMPLE_HASH = 'a15deb7f6df6ab116fd932a0e1aca19089af198254f60839485eb539db760a8d';
