import { readFileSync } from 'node:fs';
import { cameo } from './cameo.ts';
import { foldPattern, foldWord } from './fold.ts';
import { forEachLetterWord } from '../../text/letter-words.ts';

/** Argument roles, read from the postposition after a name (see data/frames/frames.json). */
export type Role = 'agent' | 'with' | 'se' | 'between' | 'dative' | 'on' | 'against' | 'genitive' | 'visit' | 'bare'
  | 'in' | 'located' | 'modifier' | 'cite';

const ROLES: ReadonlySet<string> = new Set(['agent', 'with', 'se', 'between', 'dative', 'on', 'against', 'genitive', 'visit', 'bare']);

/** A condition that picks a more specific code. */
export interface Refinement {
  code: string;
  future?: boolean;
  near?: RegExp;
  before?: RegExp;
  meeting?: 'third' | 'visit' | 'host';
}

/** A compiled verb frame. */
export interface Frame {
  id: string;
  code: string;
  pattern: RegExp;
  triggers: string[];
  source: Role[];
  target: Role[];
  symmetric: boolean;
  /** A bilateral act whose unnamed sides are the article's main pair (see howToRead). */
  contextPair: boolean;
  refine: Refinement[];
  unless: RegExp | null;
  requires: 'any' | 'source' | 'both' | 'none';
  confidence: number;
  /** The CAMEO demand the act codes when only called for (`रिहा किया जाए` → 1053); 100 where unset. */
  demand: string;
}

/** The compiled lexicon: frames and the trigger index. */
export interface FrameLexicon {
  frames: Frame[];
  /** Folded trigger word → frames that may match. */
  byTrigger: Map<string, Frame[]>;
}

type Raw = Record<string, unknown>;
let cached: FrameLexicon | null = null;

function fail(id: string, why: string): never {
  throw new Error(`data/frames/frames.json: frame ${id}: ${why}`);
}

function expand(src: string, macros: Record<string, string>, id: string): string {
  return src.replace(/\{([A-Z]+)\}/g, (_, name: string) => macros[name] ?? fail(id, `unknown macro {${name}}`));
}

function regex(src: string, id: string, flags: string): RegExp {
  try {
    return new RegExp(foldPattern(src), flags);
  } catch (e) {
    return fail(id, `bad pattern: ${(e as Error).message}`);
  }
}

function checkCode(code: unknown, id: string): string {
  if (typeof code !== 'string' || !cameo(code)) fail(id, `unknown CAMEO code ${String(code)}`);
  return code;
}

function roles(x: unknown, id: string): Role[] {
  if (!Array.isArray(x) || !x.every((r) => typeof r === 'string' && ROLES.has(r))) fail(id, 'roles must be a list of known roles');
  return x as Role[];
}

function compile(raw: Raw, macros: Record<string, string>): Frame {
  const id = typeof raw.id === 'string' ? raw.id : fail('?', 'missing id');
  if (typeof raw.pattern !== 'string') fail(id, 'missing pattern');
  const triggers = raw.triggers;
  if (!Array.isArray(triggers) || triggers.length === 0 || !triggers.every((t) => typeof t === 'string' && /^\S+$/u.test(t))) fail(id, 'triggers must be words');
  const body = expand(raw.pattern, macros, id);
  const refine = ((raw.refine ?? []) as Raw[]).map((r): Refinement => ({
    code: checkCode(r.code, id),
    ...(r.future === true ? { future: true } : {}),
    ...(typeof r.near === 'string' ? { near: regex(r.near, id, 'u') } : {}),
    ...(typeof r.before === 'string' ? { before: regex(r.before, id, 'u') } : {}),
    ...(r.meeting === 'third' || r.meeting === 'visit' || r.meeting === 'host' ? { meeting: r.meeting } : {}),
  }));
  const requires = raw.requires ?? 'any';
  if (requires !== 'any' && requires !== 'source' && requires !== 'both' && requires !== 'none') fail(id, 'bad requires');
  const confidence = raw.confidence ?? 0.7;
  if (typeof confidence !== 'number' || confidence <= 0 || confidence > 1) fail(id, 'confidence must be in (0, 1]');
  return {
    id, code: checkCode(raw.code, id),
    pattern: regex(`(?<![\\p{L}\\p{M}])(?:${body})(?![\\p{L}\\p{M}])`, id, 'gu'),
    triggers: (triggers as string[]).map(foldWord),
    source: roles(raw.source ?? [], id), target: roles(raw.target ?? [], id),
    symmetric: raw.symmetric === true, contextPair: raw.contextPair === true, refine,
    unless: typeof raw.unless === 'string' ? regex(raw.unless, id, 'u') : null,
    requires, confidence,
    demand: raw.demand === undefined ? '100' : checkCode(raw.demand, id),
  };
}

/**
 * Loads data/frames/frames.json once, validates every frame (known CAMEO codes, patterns that
 * compile, known roles) and indexes the frames by trigger word.
 *
 * @example
 * frameLexicon().byTrigger.get('हस्ताक्षर')?.[0]?.code; // '057'
 */
export function frameLexicon(): FrameLexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL('../../../data/frames/frames.json', import.meta.url), 'utf8')) as Raw;
  const macros = raw.macros as Record<string, string>;
  const frames = (raw.frames as Raw[]).map((f) => compile(f, macros));
  const ids = new Set<string>();
  for (const f of frames) {
    if (ids.has(f.id)) fail(f.id, 'duplicate id');
    ids.add(f.id);
  }
  const byTrigger = new Map<string, Frame[]>();
  for (const f of frames) {
    for (const t of f.triggers) {
      const list = byTrigger.get(t) ?? [];
      if (!list.includes(f)) list.push(f);
      byTrigger.set(t, list);
    }
  }
  cached = { frames, byTrigger };
  return cached;
}

/**
 * The frames whose trigger words stand in a piece of text, in lexicon order.
 *
 * @example
 * candidateFrames('रूस ने समझौते पर हस्ताक्षर किए').map((f) => f.code); // ['057', …]
 */
export function candidateFrames(text: string): Frame[] {
  const { frames, byTrigger } = frameLexicon();
  const hit = new Set<Frame>();
  forEachLetterWord(text, (start, end) => {
    const found = byTrigger.get(foldWord(text.slice(start, end)));
    if (found) for (const f of found) hit.add(f);
  });
  return hit.size === 0 ? [] : frames.filter((f) => hit.has(f));
}
