/**
 * The extractors' version. A snapshot records it, and one made by another version is built again
 * instead of loaded with stale facts. Written by `npm run facts:version` (test/support/facts-version.ts),
 * not by hand: test/knowledge/facts/version.test.ts fails when what the extractors make of a fixed
 * sample of articles no longer has the hash recorded here; that command then bumps the version and
 * records the new hash.
 */

/** Bumped whenever the extractors' output changes, so snapshots made by the old code are rebuilt. */
export const FACTS_VERSION = 17;

/** sha256 of the sample's sentences, facts, timeline and directory at FACTS_VERSION (`sampleHash` in test/support/facts-version.ts). */
export const FACTS_SAMPLE_HASH = '29907b99b8043f70f9e6aca6ce575de66acc1e8cfb65977bd5f8647689a2c6e5';
