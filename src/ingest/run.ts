/**
 * `khabar ingest` without the command line: expands inputs (files, directories, URLs, feed
 * URLs, OPML) into articles, ingests each in its own transaction, and tallies the outcome.
 * A failing input or item gets its reason and the run goes on.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Store } from '../store/types.ts';
import { decodeText } from './charset.ts';
import type { FetchOptions } from './fetch.ts';
import { looksLikeFeed, looksLikeOpml, opmlFeedUrls, parseFeedDocument } from './feeds.ts';
import { listArticleFiles, readArticleFile } from './files.ts';
import { ingestDoc } from './ingest-doc.ts';
import { canonicalUrl } from './keys.ts';
import { hostGate } from './politeness.ts';
import { Progress, type ProgressSink } from './progress.ts';
import type { SourceFailure, SourceItem } from './rawdoc.ts';
import { feedItemDocs, fetchText, pageDoc } from './web.ts';

export interface IngestSummary {
  added: number;
  duplicates: number;
  failed: SourceFailure[];
  /** Wall time in seconds. */
  seconds: number;
}

export interface IngestOptions {
  fetch?: FetchOptions;
  /** Where progress goes (a TTY gets a bar). */
  progress?: ProgressSink;
  /** Feed URLs found (in OPML files or given directly) are remembered for `watch` too. */
  rememberFeeds?: boolean;
  /**
   * Pause between two requests to the same host, ms (default 0; the CLI's --delay defaults to
   * 1000). Requests to one host never overlap. Ignored when `fetch.gate` is given.
   */
  hostDelayMs?: number;
  /** Cut `.txt` files into articles at their headline lines (newspaper day files). */
  splitHeadlines?: boolean;
}

type Task = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'feed-file'; path: string };

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const FEED_FILE = new Set(['.opml', '.xml', '.rss', '.atom']);

/**
 * Ingests every input and returns the tally.
 *
 * @example
 * const s = await ingestInputs(store, ['../shared/corpus/bbc-hindi']);
 * s.added; // 345 on the first run, 0 on the next
 */
export async function ingestInputs(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { added: 0, duplicates: 0, failed: [], seconds: 0 };
  const fetchOpts: FetchOptions = { ...options.fetch, gate: options.fetch?.gate ?? hostGate(options.hostDelayMs ?? 0) };
  const tasks: Task[] = [];
  for (const input of inputs) {
    if (isUrl(input)) tasks.push({ kind: 'url', url: input });
    else if (FEED_FILE.has(extname(input).toLowerCase())) tasks.push({ kind: 'feed-file', path: input });
    else {
      try { for (const p of listArticleFiles(input)) tasks.push({ kind: 'file', path: p }); } catch (err) {
        summary.failed.push({ source: input, reason: (err as Error).message });
      }
    }
  }
  const progress = new Progress(options.progress ?? { isTTY: false, write: () => true }, tasks.length);

  const consume = async (item: SourceItem) => {
    if ('failure' in item) {
      if (item.failure.reason === 'duplicate') { summary.duplicates++; progress.tick('duplicate', item.failure.source); return; }
      summary.failed.push(item.failure);
      progress.tick('failed', item.failure.source, item.failure.reason);
      return;
    }
    try {
      const r = await ingestDoc(store, item.doc);
      if (r.status === 'added') summary.added++; else summary.duplicates++;
      progress.tick(r.status, item.doc.source);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      summary.failed.push({ source: item.doc.source, reason });
      progress.tick('failed', item.doc.source, reason);
    }
  };

  const ingestFeedText = async (text: string, feedUrl: string) => {
    const feed = parseFeedDocument(text, feedUrl);
    let feedId: number | null = null;
    if (options.rememberFeeds && isUrl(feedUrl)) feedId = (await store.addFeed(feedUrl, feed.title)).feed.id;
    progress.total += feed.items.length;
    const isKnown = async (it: { url: string | null; guid: string | null }) =>
      (await store.findDuplicate({ canonicalUrl: canonicalUrl(it.url), guid: it.guid, contentHash: '' })) !== null;
    for await (const item of feedItemDocs(feed, { feedUrl, feedId, fetch: fetchOpts, isKnown })) await consume(item);
  };

  const handleListOrFeed = async (text: string, where: string): Promise<boolean> => {
    if (looksLikeOpml(text)) {
      const feeds = opmlFeedUrls(text, where);
      progress.total += feeds.length;
      for (const f of feeds) {
        if (options.rememberFeeds) await store.addFeed(f.url, f.title);
        await runUrl(f.url);
      }
      return true;
    }
    if (looksLikeFeed(text)) { await ingestFeedText(text, where); return true; }
    return false;
  };

  const runUrl = async (url: string) => {
    try {
      const page = await fetchText(url, fetchOpts);
      if (await handleListOrFeed(page.text, page.url)) { progress.tick('read', url); return; }
      await consume({ doc: pageDoc(page) });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      summary.failed.push({ source: url, reason });
      progress.tick('failed', url, reason);
    }
  };

  for (const task of tasks) {
    if (task.kind === 'url') { await runUrl(task.url); continue; }
    if (task.kind === 'feed-file') {
      try {
        const text = decodeText(readFileSync(task.path), null);
        if (!(await handleListOrFeed(text, task.path))) throw new Error('neither a feed nor an OPML file');
        progress.tick('read', task.path);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        summary.failed.push({ source: task.path, reason });
        progress.tick('failed', task.path, reason);
      }
      continue;
    }
    const items = readArticleFile(task.path, { splitHeadlines: options.splitHeadlines });
    progress.total += items.length - 1;
    for (const item of items) await consume(item);
  }
  progress.finish();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

