import type { Span } from '../types.ts';

/** Detects the language of the body (placeholder). */
export function detectLanguage(_body: string, _paragraphs: Span[]): { code: string; confidence: number } {
  return { code: 'hi', confidence: 0 };
}
