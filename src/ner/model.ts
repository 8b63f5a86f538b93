/**
 * The trained model: feature → per-tag weights and tag → tag transition weights, stored as
 * integers in data/ner/model.json (one feature a line), loaded lazily once and validated.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.ts';
import { LABELS, NUM_LABELS } from './labels.ts';

/** Path of the committed model. */
export const MODEL_PATH = fileURLToPath(new URL('../../data/ner/model.json', import.meta.url));

/** Format tag of the model file. */
export const MODEL_FORMAT = 'khabar.ner-perceptron/1';

/** A model ready for decoding. */
export interface NerModel {
  /** Feature string → row index in `weights`. */
  readonly index: ReadonlyMap<string, number>;
  /** `rows × L` weights, row-major. */
  readonly weights: Float64Array;
  /** `(L+1) × L` transitions, row 0 = sentence start. */
  readonly transitions: Float64Array;
  /** Free-form facts about the model (epochs, seed, data). */
  readonly meta: Record<string, unknown>;
}

/** The JSON document of a model file. */
export interface ModelDocument {
  format: string;
  labels: string[];
  meta: Record<string, unknown>;
  transitions: number[];
  /** `[feature, w_O, w_B-PER, …]` rows, features sorted by code unit. */
  features: [string, ...number[]][];
}

const L = NUM_LABELS;

/**
 * Builds a decodable model from a model document, validating its shape.
 * @example modelFromDocument({ format: MODEL_FORMAT, labels: [...LABELS], meta: {}, transitions: new Array(56).fill(0), features: [['b', 1, 0, 0, 0, 0, 0, 0]] }, 'x').index.get('b') // 0
 */
export function modelFromDocument(doc: ModelDocument, source: string): NerModel {
  const bad = (why: string) => new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: ${why}`);
  if (doc?.format !== MODEL_FORMAT) throw bad(`format is not ${MODEL_FORMAT}`);
  if (JSON.stringify(doc.labels) !== JSON.stringify(LABELS)) throw bad(`labels are not ${LABELS.join(',')}`);
  if (!Array.isArray(doc.transitions) || doc.transitions.length !== (L + 1) * L || !doc.transitions.every(Number.isFinite)) throw bad('transitions are not (L+1)×L numbers');
  if (!Array.isArray(doc.features)) throw bad('features is not a list');
  const index = new Map<string, number>();
  const weights = new Float64Array(doc.features.length * L);
  doc.features.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== L + 1 || typeof row[0] !== 'string') throw bad(`feature row ${r} is malformed`);
    if (index.has(row[0])) throw bad(`feature ${row[0]} appears twice`);
    index.set(row[0], r);
    for (let y = 0; y < L; y++) {
      const v = row[y + 1] as number;
      if (!Number.isFinite(v)) throw bad(`feature ${row[0]} has a non-number weight`);
      weights[r * L + y] = v;
    }
  });
  return { index, weights, transitions: Float64Array.from(doc.transitions), meta: doc.meta ?? {} };
}

/**
 * Serialises a model document as stable JSON text: one feature row a line, integers only, so
 * the same weights always give the same bytes.
 * @example serialiseModel({ format: MODEL_FORMAT, labels: [...LABELS], meta: {}, transitions: [], features: [] }).startsWith('{') // true
 */
export function serialiseModel(doc: ModelDocument): string {
  const head = { format: doc.format, labels: doc.labels, meta: doc.meta };
  const lines = [JSON.stringify(head).slice(0, -1) + ',', `"transitions":${JSON.stringify(doc.transitions)},`, '"features":['];
  doc.features.forEach((row, i) => lines.push(JSON.stringify(row) + (i + 1 < doc.features.length ? ',' : '')));
  lines.push(']}');
  return lines.join('\n') + '\n';
}

let cached: NerModel | null = null;

/**
 * The committed model, read from data/ner/model.json on first use.
 * @example loadModel().index.size > 0 // true
 */
export function loadModel(): NerModel {
  if (!cached) {
    let doc: ModelDocument;
    try {
      doc = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ModelDocument;
    } catch (err) {
      throw new KhabarError('KHABAR_ERR_BAD_DATA', `${MODEL_PATH}: ${(err as Error).message}`, { cause: err });
    }
    cached = modelFromDocument(doc, MODEL_PATH);
  }
  return cached;
}
