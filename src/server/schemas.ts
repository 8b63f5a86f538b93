/** The API's input schemas (zod): every query, path parameter and body is checked here. */
import { z } from 'zod';

const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'want YYYY-MM-DD').refine(isRealDay, 'not a real day');
export const country = z.string().regex(/^[A-Za-z]{2}$/, 'want a two-letter country code').transform((s) => s.toUpperCase());
const limit = (max: number) => z.coerce.number().int().min(1).max(max);
const offset = z.coerce.number().int().min(0).max(1_000_000);
const window = { from: day.optional(), to: day.optional() };

export const articleId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const entityKeyParam = z.string().min(3).max(300).regex(/^(country|person|organization|location):/, 'want an entity key such as country:IN');

export const articlesQuery = z.object({
  ...window, site: z.string().max(200).optional(), entity: entityKeyParam.optional(),
  root: z.string().regex(/^\d{2}$/, 'want a two-digit CAMEO root').optional(), limit: limit(100).default(20), offset: offset.default(0),
}).strict();

export const entitiesQuery = z.object({ q: z.string().min(1).max(200), limit: limit(100).default(20) }).strict();

export const eventsQuery = z.object({
  ...window,
  actor: z.array(country).max(10).default([]),
  root: z.array(z.string().regex(/^\d{2,4}$/, 'want a CAMEO root or code')).max(20).default([]),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  limit: limit(500).default(50), offset: offset.default(0),
}).strict();

export const timelineQuery = z.object({ ...window, by: z.enum(['day', 'week', 'month']).default('month') }).strict();
export const graphQuery = z.object({ ...window, maxEdges: limit(1000).default(150), minCount: limit(1_000_000).default(1) }).strict();
export const lensQuery = z.object({ ...window, limit: limit(200).default(30) }).strict();

export const searchQuery = z.object({
  q: z.string().min(1).max(300), ...window, site: z.string().max(200).optional(), entity: z.string().max(200).optional(),
  root: z.string().regex(/^\d{2}$/).optional(), limit: limit(100).default(10), offset: offset.default(0),
}).strict();

export const analyzeBody = z.object({
  text: z.string().min(1, 'text is empty'),
  anchorDate: day.optional(), lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
  title: z.string().max(1000).optional(), url: z.string().url().max(2000).optional(), site: z.string().max(200).optional(),
  published: z.string().max(40).optional(),
}).strict();

/** Largest POST body accepted (bytes). */
export const MAX_BODY_BYTES = 1024 * 1024;
