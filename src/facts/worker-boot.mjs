// Entry of an extraction worker thread: workers do not inherit tsx's loader, so register it here
// and then load the TypeScript worker (see src/facts/parallel.ts).
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
