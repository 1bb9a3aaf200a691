// one-off (not committed): a format-6 snapshot decoded with main's code, encoded with this branch's (same build)
import { decodeKnowledge } from '/work/main/src/knowledge/knowledge-snapshot.ts';
import { openSnapshotFile } from '/work/main/src/store/snapshot-file.ts';
import { encodeKnowledge } from './src/knowledge/knowledge-snapshot.ts';
import { writeSnapshotFile } from './src/store/snapshot-file.ts';
const [from, to] = process.argv.slice(2);
const { knowledge, warnings } = decodeKnowledge(openSnapshotFile(from!)!, 'bench');
knowledge.warmUp();
await writeSnapshotFile(to!, encodeKnowledge(knowledge as never, 'bench', warnings));
console.log('converted', from, '->', to);
