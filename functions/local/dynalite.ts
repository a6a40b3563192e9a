import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

/** Starts dynalite in this process on a free loopback port; on disk when `path` is given. */
export async function startDynalite(opts: { path?: string } = {}): Promise<{ endpoint: string; close(): Promise<void> }> {
  // dynalite ships no types; its factory returns an http.Server.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as (o: Record<string, unknown>) => Server;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(opts.path ? { path: opts.path } : {}) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
