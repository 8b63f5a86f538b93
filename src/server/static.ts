/**
 * The web UI's static files: web/*.css|js|svg and the Noto Sans Devanagari fonts from the
 * @fontsource package, read once at start-up and served from memory with an ETag.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticFile {
  body: Uint8Array;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon',
};

/** The web/ folder of the repository. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

function fontDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

const file = (body: Uint8Array, name: string): StaticFile => ({
  body, type: TYPES[extname(name)] ?? 'application/octet-stream', etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
});

/**
 * Loads the static files by URL path under /static/.
 *
 * @example
 * loadStaticFiles().get('app.css')?.type; // 'text/css; charset=utf-8'
 */
export function loadStaticFiles(webDir = WEB_DIR): Map<string, StaticFile> {
  const out = new Map<string, StaticFile>();
  for (const name of readdirSync(webDir)) {
    if (/^[a-z0-9-]+\.(js|css|svg|ico)$/.test(name)) out.set(name, file(readFileSync(join(webDir, name)), name));
  }
  const fonts = fontDir();
  if (fonts) {
    for (const w of [400, 700]) {
      const name = `noto-sans-devanagari-devanagari-${w}-normal.woff2`;
      if (existsSync(join(fonts, name))) out.set(`fonts/${name}`, file(readFileSync(join(fonts, name)), name));
    }
  }
  return out;
}
