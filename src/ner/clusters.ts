/**
 * Word clusters (data/ner/clusters.tsv, built by src/ner/build-clusters.ts): normalised word →
 * fine and coarse distributional cluster ids, loaded lazily once and validated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.ts';

/** Path of the cluster table. */
export const CLUSTERS_PATH = fileURLToPath(new URL('../../data/ner/clusters.tsv', import.meta.url));

/** Normalised word → `[fine, coarse]` cluster ids as strings. */
export type ClusterTable = ReadonlyMap<string, readonly [string, string]>;

let cached: ClusterTable | null = null;

/**
 * Parses cluster TSV text (`word<TAB>fine<TAB>coarse`, `#` comments), rejecting duplicates.
 * @example parseClusters('रूस\t3\t1\n', 'x').get('रूस') // ['3', '1']
 */
export function parseClusters(text: string, source: string): ClusterTable {
  const map = new Map<string, readonly [string, string]>();
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length !== 3 || !/^\d+$/.test(cols[1]) || !/^\d+$/.test(cols[2])) throw new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: line ${i + 1} is not word<TAB>fine<TAB>coarse`);
    if (map.has(cols[0])) throw new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: "${cols[0]}" appears twice`);
    map.set(cols[0], [cols[1], cols[2]]);
  });
  return map;
}

/**
 * The committed cluster table (empty when the file is absent, e.g. while building it).
 * @example wordClusters().get('पाकिस्तान') // e.g. ['17', '4']
 */
export function wordClusters(): ClusterTable {
  if (!cached) cached = existsSync(CLUSTERS_PATH) ? parseClusters(readFileSync(CLUSTERS_PATH, 'utf8'), CLUSTERS_PATH) : new Map();
  return cached;
}
