/** Opens the knowledge base over a store. */
import { KhabarError } from '../errors.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import type { Store } from '../store/types.ts';
import { SqliteKnowledgeBase } from './sqlite.ts';
import type { KnowledgeBase } from './types.ts';

export type { KnowledgeBase } from './types.ts';

/**
 * The knowledge base of a store (SQLite today; PostgreSQL with issue 7).
 *
 * @example
 * const kb = knowledgeBaseFor(await openStore('khabar.db'));
 * await kb.lens('IN');
 */
export function knowledgeBaseFor(store: Store): KnowledgeBase {
  if (store instanceof SqliteStore) return new SqliteKnowledgeBase(store.db);
  throw new KhabarError('KHABAR_ERR_USAGE', `no knowledge base for a ${store.kind} store yet`);
}
