import { readFileSync } from 'node:fs';

/** One CAMEO event code with what the tables say about it. */
export interface CameoCode {
  code: string;
  /** Two-digit root (`05` for `057`). */
  root: string;
  label: string;
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: number;
  /** Goldstein (1992) weight, −10 … +10. */
  goldstein: number;
}

const DIR = new URL('../../../data/cameo/', import.meta.url);
let table: Map<string, CameoCode> | null = null;

function rows(file: string): string[][] {
  return readFileSync(new URL(file, DIR), 'utf8').split(/\r?\n/).slice(1)
    .filter((l) => l.trim() !== '').map((l) => l.split('\t'));
}

/** Sentence-case a label the codebook writes in capitals for roots ("MAKE PUBLIC STATEMENT"). */
function labelCase(s: string): string {
  const t = s.trim();
  return t === t.toUpperCase() ? t.charAt(0) + t.slice(1).toLowerCase() : t;
}

/**
 * GDELT's QuadClass of a CAMEO root: 1 verbal cooperation (01–05), 2 material cooperation
 * (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
 *
 * @example
 * quadClass('09'); // 3
 */
export function quadClass(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  if (!Number.isInteger(r) || r < 1 || r > 20) throw new Error(`not a CAMEO root: ${root}`);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

function load(): Map<string, CameoCode> {
  const weights = new Map(rows('goldstein.tsv').map(([c, w]) => [c!, Number(w)]));
  const out = new Map<string, CameoCode>();
  for (const [code, label] of rows('eventcodes.tsv')) {
    if (!code || !label) throw new Error(`data/cameo/eventcodes.tsv: bad row ${code}`);
    // One-digit rows are the table's headings (quad names); the quad comes from the root, as in GDELT.
    if (/^\d$/.test(code)) continue;
    if (!/^\d{2,4}$/.test(code)) throw new Error(`data/cameo/eventcodes.tsv: bad code ${code}`);
    const quad = quadClass(code.slice(0, 2));
    let w = weights.get(code);
    for (let p = code; w === undefined && p.length > 2; ) { p = p.slice(0, -1); w = weights.get(p); }
    if (w === undefined || Number.isNaN(w)) throw new Error(`data/cameo/goldstein.tsv: no weight for ${code}`);
    out.set(code, { code, root: code.slice(0, 2), label: labelCase(label), quad, goldstein: w });
  }
  if (out.size < 300) throw new Error('data/cameo/eventcodes.tsv: table too small');
  return out;
}

/**
 * Looks up a CAMEO code in the tables of data/cameo (loaded once).
 *
 * @example
 * cameo('057'); // { code: '057', root: '05', label: 'Sign formal agreement', quad: 1, goldstein: 8 }
 */
export function cameo(code: string): CameoCode | undefined {
  table ??= load();
  return table.get(code);
}

/**
 * Every CAMEO code of the tables, in codebook order.
 *
 * @example
 * cameoCodes().filter((c) => c.code.length === 2).length; // 20 roots
 */
export function cameoCodes(): CameoCode[] {
  table ??= load();
  return [...table.values()];
}
