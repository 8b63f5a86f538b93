import type { ArticleMeta, Heading, Related, Removed, Span } from '../types.ts';

/** The clean layer: title, body and what was taken out. */
export interface Cleaned {
  title: string | null;
  body: string;
  titleSpan: Span | null;
  headings: Heading[];
  related: Related[];
  removed: Removed[];
  source: { site: string } | null;
}

/** Cleans raw article text (placeholder: NFC only). */
export function clean(raw: string, _meta: ArticleMeta = {}): Cleaned {
  const body = raw.normalize('NFC').trim();
  return { title: null, body, titleSpan: null, headings: [], related: [], removed: [], source: null };
}
