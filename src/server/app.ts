/**
 * The HTTP application (Hono): the JSON API under /api, the web pages and the static files,
 * with input validated by zod, errors from the one catalogue, security headers and body limits.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AnalyzeOptions } from '../analysis/types.ts';
import { KhabarError } from '../errors.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import type { Store } from '../store/types.ts';
import { errorBody, toKhabarError } from './errors.ts';
import { securityHeaders } from './headers.ts';
import { openApiDocument } from './openapi.ts';
import { graphPage, lensPage, pairPage } from './pages/analytics.ts';
import { entityPage } from './pages/entity.ts';
import { errorPage, homePage, searchPage } from './pages/lists.ts';
import { readerPage } from './pages/reader.ts';
import * as S from './schemas.ts';
import { loadStaticFiles } from './static.ts';

export interface AppOptions {
  store: Store;
  kb: KnowledgeBase;
  /** Log of unexpected failures (default: stderr). */
  log?: (err: unknown) => void;
}

/** Query parameters that may repeat (`actor=PK&actor=RU`). */
const REPEATED = new Set(['actor', 'root']);

/** The query string as a plain object; repeatable keys become arrays. */
function queryObject(c: Context, repeated = REPEATED): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(c.req.url).searchParams) {
    if (repeated.has(k)) ((out[k] ??= []) as string[]).push(v);
    else if (!(k in out)) out[k] = v;
  }
  return out;
}

const notFound = (what: string) => new KhabarError('KHABAR_ERR_NO_SUCH', what);

/**
 * Builds the application.
 *
 * @example
 * const app = createApp({ store, kb: knowledgeBaseFor(store) });
 * const res = await app.request('/api/graph'); // 200, a RelationGraph
 */
export function createApp(opts: AppOptions): Hono {
  const { store, kb } = opts;
  const log = opts.log ?? ((err: unknown) => console.error('khabar serve:', err));
  const files = loadStaticFiles();
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(securityHeaders())) c.res.headers.set(k, v);
  });

  app.onError((err, c) => {
    const e = toKhabarError(err);
    if (e.code === 'KHABAR_ERR_INTERNAL') log(err);
    // An unread oversized body leaves the connection unusable: tell the client not to reuse it.
    if (e.code === 'KHABAR_ERR_TOO_LARGE') c.header('Connection', 'close');
    if (c.req.path.startsWith('/api/')) return c.json(errorBody(e), e.status as 400);
    return c.html(errorPage(e.status, e.code, e.message).value, e.status as 400);
  });
  app.notFound((c) => {
    const e = notFound(c.req.path);
    if (c.req.path.startsWith('/api/')) return c.json(errorBody(e), 404);
    return c.html(errorPage(404, e.code, `no page at ${c.req.path}`).value, 404);
  });

  // ---- static files
  app.get('/static/*', (c) => {
    const f = files.get(c.req.path.slice('/static/'.length));
    if (!f) throw notFound(c.req.path);
    if (c.req.header('if-none-match') === f.etag) return c.body(null, 304);
    return c.body(f.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': f.type, ETag: f.etag, 'Cache-Control': 'public, max-age=300' });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));

  // ---- API
  app.post('/api/analyze', bodyLimit({
    maxSize: S.MAX_BODY_BYTES,
    onError: () => { throw new KhabarError('KHABAR_ERR_TOO_LARGE', `request body over ${S.MAX_BODY_BYTES} bytes`); },
  }), async (c) => {
    const type = c.req.header('content-type') ?? '';
    let input: unknown;
    if (type.startsWith('application/json')) input = await c.req.json();
    else if (type.startsWith('text/plain')) input = { text: await c.req.text() };
    else throw new KhabarError('KHABAR_ERR_UNSUPPORTED_MEDIA_TYPE', 'send application/json {"text": …} or text/plain');
    const body = S.analyzeBody.parse(input);
    const { analyze } = await import('../analysis/pipeline.ts');
    const options: AnalyzeOptions = { anchorDate: body.anchorDate, lang: body.lang, meta: { title: body.title, url: body.url, site: body.site, published: body.published } };
    return c.json(analyze(body.text, options));
  });

  app.get('/api/articles', async (c) => {
    const q = S.articlesQuery.parse(queryObject(c));
    return c.json({ ...(await kb.articles(q)), limit: q.limit, offset: q.offset });
  });
  app.get('/api/articles/:id', async (c) => {
    const id = S.articleId.parse(c.req.param('id'));
    const article = await store.getArticle(id);
    if (!article) throw notFound(`article ${id}`);
    return c.json({ ...article, entityKeys: await kb.articleEntityKeys(id) });
  });
  app.get('/api/entities', async (c) => {
    const q = S.entitiesQuery.parse(queryObject(c));
    return c.json({ entities: await kb.findEntities(q.q, q.limit) });
  });
  app.get('/api/entities/:key', async (c) => {
    const key = S.entityKeyParam.parse(c.req.param('key'));
    const page = await kb.entity(key);
    if (!page) throw notFound(`entity ${key}`);
    return c.json(page);
  });
  app.get('/api/events', async (c) => {
    const q = S.eventsQuery.parse(queryObject(c));
    return c.json({ ...(await kb.events({ actors: q.actor, codes: q.root, quad: q.quad, from: q.from, to: q.to, limit: q.limit, offset: q.offset })), limit: q.limit, offset: q.offset });
  });
  app.get('/api/pairs/:a/:b/timeline', async (c) => {
    const a = S.country.parse(c.req.param('a'));
    const b = S.country.parse(c.req.param('b'));
    const q = S.timelineQuery.parse(queryObject(c));
    return c.json(await kb.pairTimeline(a, b, q.by, { from: q.from, to: q.to }));
  });
  app.get('/api/graph', async (c) => c.json(await kb.graph(S.graphQuery.parse(queryObject(c)))));
  app.get('/api/lens/:country', async (c) => {
    const f = S.country.parse(c.req.param('country'));
    return c.json(await kb.lens(f, S.lensQuery.parse(queryObject(c))));
  });
  app.get('/api/search', async (c) => {
    const q = S.searchQuery.parse(queryObject(c));
    const result = await store.search(q.q, { from: q.from, to: q.to, site: q.site, entity: q.entity, eventRoot: q.root, limit: q.limit, offset: q.offset });
    return c.json({ ...result, limit: q.limit, offset: q.offset });
  });
  app.get('/api/health', async (c) => c.json({ ok: true, store: store.kind, counts: await store.counts() }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  // ---- pages
  const page = (c: Context, h: { value: string }) => c.html(h.value);
  app.get('/', async (c) => {
    const offset = S.articlesQuery.shape.offset.parse(c.req.query('offset') ?? 0);
    return page(c, homePage(await kb.articles({ limit: 30, offset }), offset, 30));
  });
  app.get('/article/:id', async (c) => {
    const id = S.articleId.parse(c.req.param('id'));
    const article = await store.getArticle(id);
    if (!article) throw notFound(`article ${id}`);
    return page(c, readerPage(article, await kb.articleEntityKeys(id)));
  });
  app.get('/entity/:key', async (c) => {
    const key = S.entityKeyParam.parse(c.req.param('key'));
    const p = await kb.entity(key);
    if (!p) throw notFound(`entity ${key}`);
    return page(c, entityPage(p));
  });
  app.get('/pair/:a/:b', async (c) => {
    const q = S.timelineQuery.parse(queryObject(c));
    const t = await kb.pairTimeline(S.country.parse(c.req.param('a')), S.country.parse(c.req.param('b')), q.by, { from: q.from, to: q.to });
    return page(c, pairPage(t));
  });
  app.get('/graph', (c) => {
    const q = S.graphQuery.parse(queryObject(c));
    return page(c, graphPage(q.from, q.to));
  });
  app.get('/lens/:country', async (c) => {
    const f = S.country.parse(c.req.param('country'));
    return page(c, lensPage(await kb.lens(f, S.lensQuery.parse(queryObject(c)))));
  });
  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 300);
    if (!q) return page(c, searchPage('', null, []));
    const entities = await kb.findEntities(q, 12);
    try {
      return page(c, searchPage(q, await store.search(q, { limit: 30 }), entities));
    } catch (err) {
      const e = toKhabarError(err);
      if (e.code === 'KHABAR_ERR_INTERNAL') throw err;
      return page(c, searchPage(q, null, entities, e.message));
    }
  });
  return app;
}
