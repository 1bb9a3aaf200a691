import { MemoryDigestData, MemoryDigestStore } from '../../src/digest/memory-store.ts';
import { runStoreContract } from './store-contract.ts';

runStoreContract('MemoryDigestStore', () => {
  const data = new MemoryDigestData();
  return { open: () => new MemoryDigestStore(data) };
});
