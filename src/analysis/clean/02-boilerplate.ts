import type { Removed } from '../types.ts';
import type { CleanPatterns } from './patterns.ts';

/** Text with boilerplate taken out, what was taken, and the site a pattern named. */
export interface Deboilered {
  text: string;
  removed: Removed[];
  site: string | null;
}

/**
 * Removes share/app/social invitations (which may span lines and be glued to the last sentence)
 * and trailer lines ("Read More at www.site.com") from normalised text.
 *
 * @example
 * stripBoilerplate('…है.\nRead More at www.abplive.com', cleanPatterns()).site; // 'abplive.com'
 */
export function stripBoilerplate(text: string, patterns: CleanPatterns): Deboilered {
  const removed: Removed[] = [];
  let site: string | null = null;
  let out = text;
  for (const p of patterns.share) {
    out = out.replace(p.re, (m) => {
      removed.push({ text: m.replace(/\s+/g, ' ').trim(), reason: 'share', rule: p.id });
      site ??= p.site;
      return '\n';
    });
  }
  const lines = out.split('\n').filter((line) => {
    for (const p of patterns.trailers) {
      p.re.lastIndex = 0;
      const m = p.re.exec(line);
      if (!m) continue;
      removed.push({ text: line, reason: 'trailer', rule: p.id });
      const s = p.siteGroup !== null ? m[p.siteGroup] : p.site;
      if (s) site = s.toLowerCase();
      return false;
    }
    return true;
  });
  return { text: lines.join('\n'), removed, site };
}
