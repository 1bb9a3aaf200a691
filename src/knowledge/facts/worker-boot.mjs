// Entry of a worker thread: workers do not inherit tsx's loader, so register it here and then
// load the TypeScript worker named in workerData.module (the extraction worker by default; see
// src/knowledge/facts/parallel.ts and src/knowledge/derive-in-background.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.module ?? './extract-worker.ts');
