/** The page frame every web page shares: head, navigation, search box. */
import { html, type Html } from '../html.ts';

export interface PageOptions {
  title: string;
  /** Which client module the page runs (`reader`, `pair`, `graph`, …), read by web/app.js. */
  page: string;
  /** Extra data attributes for the client code (values are escaped). */
  data?: Record<string, string>;
  query?: string;
}

/**
 * Wraps page content in the shared layout.
 *
 * @example
 * layout({ title: 'khabar', page: 'home' }, html`<p>hi</p>`).value.startsWith('<!doctype html>'); // true
 */
export function layout(opts: PageOptions, body: Html): Html {
  const data = Object.entries(opts.data ?? {}).map(([k, v]) => html` data-${k.replace(/[^a-z-]/g, '')}="${v}"`);
  return html`<!doctype html>
<html lang="hi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · khabar</title>
<link rel="stylesheet" href="/static/app.css">
<script type="module" src="/static/app.js"></script>
</head>
<body data-page="${opts.page}"${data}>
<header class="top">
  <a class="brand" href="/">ख़बर <span>khabar</span></a>
  <nav><a href="/">Articles</a> <a href="/graph">Graph</a> <a href="/lens/IN">Lens: India</a></nav>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" value="${opts.query ?? ''}" placeholder="खोजें / search" aria-label="Search in Hindi or Latin script" maxlength="300">
    <button type="submit">Search</button>
  </form>
</header>
<main>
${body}
</main>
<footer>khabar · every fact points to the words it came from</footer>
</body>
</html>`;
}
