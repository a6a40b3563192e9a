import { useCallback, useRef, useState } from 'react';
import type { Page } from '../../shared/common';
import { errorText } from '../api/http';

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * A list read page by page (postings, search results, bookings, the question queue).
 * Every page of the server's answer is reachable: `loadMore` follows `nextCursor` until
 * the server says there is no more (never a silent cap); `<ListFooter>` shows 加载更多.
 * Only the newest `load` may write the list, so a slow answer to old filters is dropped;
 * `loadMore` continues with the filters of the list on screen.
 */
export function usePagedList<T, F = void>(
  fetchPage: (filters: F, cursor?: string) => Promise<Page<T>>,
  initial: ListStatus = 'loading',
) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<ListStatus>(initial);
  const [error, setError] = useState('');
  const [moreError, setMoreError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  const shown = useRef<F | undefined>(undefined);
  const hasShown = useRef(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  /** `quiet` keeps a shown list on screen while it refreshes. */
  const load = useCallback(async (filters: F, opts: { quiet?: boolean } = {}) => {
    const ticket = ++latest.current;
    shown.current = filters;
    hasShown.current = true;
    setError('');
    setMoreError('');
    setStatus((s) => (opts.quiet && s === 'ready' ? s : 'loading'));
    try {
      const page = await fetchRef.current(filters);
      if (ticket !== latest.current) return;
      setItems(page.items);
      setCursor(page.nextCursor);
      setStatus('ready');
    } catch (e) {
      if (ticket !== latest.current) return;
      setError(errorText(e));
      setStatus('error');
    }
  }, []);

  const clear = useCallback(() => {
    ++latest.current;
    hasShown.current = false;
    setItems([]);
    setCursor(null);
    setStatus('idle');
  }, []);

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore || status !== 'ready' || !hasShown.current) return;
    const ticket = latest.current;
    setLoadingMore(true);
    setMoreError('');
    try {
      const page = await fetchRef.current(shown.current as F, cursor);
      if (ticket !== latest.current) return;
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      if (ticket === latest.current) setMoreError(errorText(e));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, loadingMore, status]);

  /** Reloads with the filters on screen (after a change such as a cancellation). */
  const refresh = useCallback(async () => {
    if (hasShown.current) await load(shown.current as F, { quiet: true });
  }, [load]);

  const retry = useCallback(() => {
    if (hasShown.current) void load(shown.current as F);
  }, [load]);

  return {
    items,
    setItems,
    status,
    error,
    moreError,
    loadingMore,
    hasMore: cursor !== null,
    load,
    loadMore,
    refresh,
    clear,
    /** For `<Screen load={…}>` or `<LoadState {...}>`: the first page's 正在加载 / 重试. */
    state: { loading: status === 'loading', error: status === 'error' ? error : '', retry },
  };
}

export type PagedList<T> = ReturnType<typeof usePagedList<T, never>>;
