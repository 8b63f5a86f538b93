/** A real server on loopback over a real store built from the example articles. */
import { knowledgeBaseFor } from '../../src/kb/index.ts';
import { createApp } from '../../src/server/app.ts';
import { listen } from '../../src/server/listen.ts';
import { fixtureStore, type FixtureStore } from '../kb/store-fixture.ts';

export interface RunningServer {
  url: string;
  fx: FixtureStore;
  /** Unexpected failures the server logged. */
  logged: unknown[];
  stop(): Promise<void>;
}

/**
 * Starts the app on 127.0.0.1 with a free port.
 *
 * @example
 * const s = await startServer(); await fetch(`${s.url}/api/graph`); await s.stop();
 */
export async function startServer(): Promise<RunningServer> {
  const fx = await fixtureStore();
  const logged: unknown[] = [];
  const app = createApp({ store: fx.store, kb: knowledgeBaseFor(fx.store), log: (e) => logged.push(e) });
  const l = await listen(app, '127.0.0.1', 0);
  return { url: l.url, fx, logged, stop: async () => { await l.close(); await fx.cleanup(); } };
}
