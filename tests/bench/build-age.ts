import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
/** What a client build is made from. */
const SOURCES = ['client', 'config', 'shared', 'content'];

function newestUnder(dir: string): { file: string; mtimeMs: number } {
  let newest = { file: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const found = entry.isDirectory() ? newestUnder(path) : { file: path, mtimeMs: statSync(path).mtimeMs };
    if (found.mtimeMs > newest.mtimeMs) newest = found;
  }
  return newest;
}

/**
 * Prints a warning when a client build is older than a source it is made from: the bench
 * measures the build it is given, so a stale dist/ would report the client as it was.
 */
export function warnIfStale(buildMarker: string): void {
  const built = statSync(buildMarker).mtimeMs;
  const newest = SOURCES.map((d) => newestUnder(join(ROOT, d))).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (newest.mtimeMs > built) {
    console.log(`   STALE BUILD: ${relative(ROOT, buildMarker)} is older than ${relative(ROOT, newest.file)}; rebuild it to measure this client`);
  }
}
