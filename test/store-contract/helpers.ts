/** Helpers for the store contract: put a synthetic article into any Store backend. */
import type { Store } from '../../src/store/types.ts';

export { putText, syntheticArticle } from '../store/helpers.ts';

/** A store opened for one test file, with the one backend-specific hook the contract needs. */
export interface ContractStore {
  store: Store;
  /** Marks an article as analysed by another pipeline version (as an older khabar would have left it). */
  setPipeline(id: number, version: string): Promise<void>;
  cleanup(): Promise<void>;
}
