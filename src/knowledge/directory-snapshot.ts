/**
 * The people directory in the snapshot, packed (src/knowledge/directory-columns.ts) with articles
 * as numbers, so start-up does not merge every article's people again and parses only its string
 * tables. Pure.
 */
import { numbering } from './article-numbers.ts';
import { packDirectory, unpackDirectory, type DirectoryStrings, type PackedDirectory } from './directory-columns.ts';
import type { PeopleDirectory } from './people-directory.ts';

/** The saved directory: its string tables and numbers (see `PackedDirectory`). */
export type SavedDirectory = PackedDirectory;

/**
 * Encode a directory; `numberOf` gives an article's number.
 * @example encodeDirectory(knowledge.directory(), new Map(ids.map((id, i) => [id, i])))
 */
export function encodeDirectory(directory: PeopleDirectory, numberOf: ReadonlyMap<string, number>): SavedDirectory {
  return packDirectory(directory, numbering(numberOf, 'directory'));
}

/**
 * The directory of its saved form; `ids[n]` is the id of article number n. Throws when the saved form does not fit together.
 * @example knowledge.directory = decodeDirectory(saved, ids)
 */
export function decodeDirectory(saved: SavedDirectory, ids: readonly string[]): PeopleDirectory {
  return unpackDirectory(saved, ids);
}

/**
 * The saved directory of the snapshot's two sections: the string tables as JSON text and the numbers.
 * @example decodeDirectory(savedDirectoryOf(file.text("directory"), file.uint32("directoryNumbers")), ids)
 */
export function savedDirectoryOf(strings: string, numbers: Uint32Array): SavedDirectory {
  return { strings: JSON.parse(strings) as DirectoryStrings, numbers };
}
