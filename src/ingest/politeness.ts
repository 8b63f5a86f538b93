/**
 * Per-host politeness inside one process: one request at a time to a host, and at least
 * `delayMs` between the end of one request to it and the start of the next. Different hosts
 * do not wait for each other. (Several worker processes share a PostgreSQL-backed gate with the
 * same interface: src/queue/politeness.ts.)
 */

/** Runs requests to a host one at a time, spaced by a delay. */
export interface HostGate {
  run<T>(host: string, request: () => Promise<T>): Promise<T>;
}

/** Default pause between two requests to the same host, ms. */
export const DEFAULT_HOST_DELAY_MS = 1000;

/**
 * The host a URL's request goes to (lower case, without `www.`), or the URL itself when it
 * cannot be parsed (it will fail in the fetcher with its reason).
 *
 * @example
 * hostKey('https://www.BBC.com/hindi/x'); // 'bbc.com'
 */
export function hostKey(url: string): string {
  try { return new URL(url).hostname.toLowerCase().replace(/^www\./, ''); } catch { return url; }
}

/**
 * An in-process gate: per host a queue of requests, the next one starting `delayMs` after
 * the previous one ended (whether it succeeded or failed).
 *
 * @example
 * const gate = hostGate(1000);
 * await Promise.all(urls.map((u) => gate.run(hostKey(u), () => safeFetch(u))));
 */
export function hostGate(delayMs = DEFAULT_HOST_DELAY_MS, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): HostGate {
  const tails = new Map<string, Promise<unknown>>();
  const lastEnd = new Map<string, number>();
  return {
    run<T>(host: string, request: () => Promise<T>): Promise<T> {
      const prev = tails.get(host) ?? Promise.resolve();
      const result = prev.then(async () => {
        const ended = lastEnd.get(host);
        const wait = ended === undefined ? 0 : ended + delayMs - Date.now();
        if (wait > 0) await sleep(wait);
        try {
          return await request();
        } finally {
          lastEnd.set(host, Date.now());
        }
      });
      const tail = result.catch(() => undefined);
      tails.set(host, tail);
      void tail.then(() => { if (tails.get(host) === tail) tails.delete(host); });
      return result;
    },
  };
}
