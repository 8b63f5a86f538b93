import type { Event } from '../types.ts';

/** The generic assault code that a war between the same two sides turns into fighting. */
const GENERIC_ASSAULT = '180';
const FIGHTING = '190';

function pairKey(e: Event): string | null {
  const [a, b] = [e.source?.country, e.target?.country];
  return a && b && a !== b ? [a, b].sort().join('|') : null;
}

/**
 * Where an article reports conventional fighting (CAMEO 19: rockets fired, shelling, bombing)
 * between two countries, a generic attack between the same two (`हमास के हमले में मारे गए`,
 * code 180) is part of that fighting and is coded 190, so the war is one record per direction
 * rather than an assault and a fight. Specific assaults (suicide bombing 1831, killing 1823,
 * abduction 181) keep their code. Events are changed in place; negated ones are left alone.
 *
 * @example
 * // [190 PS→IL (रॉकेट दाग़े), 180 PS→IL (हमले में मारे गए)] → both 190
 * recodeWarAttacks(events, (code) => cameo(code)!);
 */
export function recodeWarAttacks(events: Event[], table: (code: string) => Pick<Event, 'root' | 'label' | 'quad' | 'goldstein'>): void {
  const fighting = new Set(events.filter((e) => e.root === '19' && !e.negated && !e.rule.startsWith('mention/')).map(pairKey).filter((k) => k !== null));
  if (fighting.size === 0) return;
  const c = table(FIGHTING);
  for (const e of events) {
    if (e.code !== GENERIC_ASSAULT || e.negated) continue;
    const k = pairKey(e);
    if (k && fighting.has(k)) Object.assign(e, { code: FIGHTING, root: c.root, label: c.label, quad: c.quad, goldstein: c.goldstein });
  }
}
