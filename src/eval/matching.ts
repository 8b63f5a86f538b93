/**
 * One-to-one matching of gold items to output items. Each gold item is matched at most once and
 * each output item at most once; among all such matchings the largest is chosen (augmenting
 * paths, Kuhn's algorithm), so the score never depends on the order of the lists the way a
 * greedy first-fit would.
 */

/** A matched pair: index into the gold list and index into the output list. */
export interface Pair {
  gold: number;
  output: number;
}

/**
 * A maximum one-to-one matching between `goldCount` gold items and `outputCount` output items,
 * where `fits(g, o)` says whether output `o` may stand for gold `g`. Items listed in `takenGold`
 * / `takenOutput` are left out (used to match in rounds: exact answers first, then weaker ones).
 * Pairs come back sorted by gold index.
 *
 * @example
 * maxMatching(2, 2, (g, o) => g === 0 || o === 0); // [{gold:0,output:1},{gold:1,output:0}]
 */
export function maxMatching(
  goldCount: number,
  outputCount: number,
  fits: (gold: number, output: number) => boolean,
  takenGold: ReadonlySet<number> = new Set(),
  takenOutput: ReadonlySet<number> = new Set(),
): Pair[] {
  const edges: number[][] = [];
  for (let g = 0; g < goldCount; g++) {
    edges.push([]);
    if (takenGold.has(g)) continue;
    for (let o = 0; o < outputCount; o++) if (!takenOutput.has(o) && fits(g, o)) edges[g].push(o);
  }
  const goldOf = new Array<number>(outputCount).fill(-1);
  const augment = (g: number, seen: boolean[]): boolean => {
    for (const o of edges[g]) {
      if (seen[o]) continue;
      seen[o] = true;
      if (goldOf[o] === -1 || augment(goldOf[o], seen)) {
        goldOf[o] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < goldCount; g++) augment(g, new Array<boolean>(outputCount).fill(false));
  const pairs: Pair[] = [];
  goldOf.forEach((g, o) => { if (g !== -1) pairs.push({ gold: g, output: o }); });
  return pairs.sort((a, b) => a.gold - b.gold);
}
