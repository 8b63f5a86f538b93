/** Starts the HTTP server on a host and port and resolves once it listens. */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

export interface Listening {
  server: ServerType;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the app; port 0 picks a free port.
 *
 * @example
 * const { url, close } = await listen(app, '127.0.0.1', 0);
 */
export function listen(app: Hono, hostname: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        server, url: `http://${host}:${info.port}`,
        close: () => new Promise((res) => {
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          server.close(() => res());
        }),
      });
    });
    server.once('error', reject);
    (server as unknown as { headersTimeout: number; requestTimeout: number }).requestTimeout = 30_000;
  });
}
