import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource } from '../../shared/qa';
import type { TopicId } from '../../shared/topics';
import { serializeIndex, type PackedIndex } from './search';

/**
 * The search index built when packaging (scripts/package-functions.ts writes it beside the
 * qa bundle's index.js), so a cold container need not read every article and tokenize it.
 * It is used only while the store holds exactly the articles it was built from: loading
 * articles records their content hash on the knowledge-base META item, and any other
 * article write removes it (articles.store.ts bumpVersion).
 */
export const KB_INDEX_FILE = 'kb-index.json';

/** What a search result page shows of an article; the rest is read on opening it. */
export interface PackagedListItem {
  id: string;
  topic: TopicId;
  title: string;
  summary: string;
}

export interface PackagedKb {
  hash: string;
  index: PackedIndex;
  items: PackagedListItem[];
}

/** A hash of the article sources as loaded: same files, same hash, whatever machine. */
export function contentHash(articles: ArticleSource[]): string {
  return createHash('sha256').update(JSON.stringify(articles)).digest('hex');
}

export function packageKb(articles: ArticleSource[]): PackagedKb {
  return {
    hash: contentHash(articles),
    index: serializeIndex(articles.map((a) => ({ ...a, keywords: a.keywords ?? [] }))),
    items: articles.map((a) => ({ id: a.id, topic: a.topic, title: a.title, summary: a.summary })),
  };
}

let packaged: PackagedKb | null | undefined;

/**
 * The packaged index, read once per container; null when there is none (tests and the local
 * server run from source, where no file sits beside the module). Tests may set one.
 */
export function packagedKb(): PackagedKb | null {
  if (packaged === undefined) {
    const file = join(__dirname, KB_INDEX_FILE);
    packaged = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackagedKb) : null;
  }
  return packaged;
}

export function setPackagedKb(kb: PackagedKb | null): void {
  packaged = kb;
}
