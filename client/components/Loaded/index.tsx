import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { Page } from '../../../shared/common';
import { errorText } from '../../api/http';

/**
 * Loads one thing for a page (a posting, a fair, an article) and keeps its error
 * text; `reload` is what the 重试 button calls. The load runs again when `key` changes.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState('');

  // `key` stands for everything `load` depends on (usually the id from the route).
  const reload = useCallback(async () => {
    setError('');
    try {
      setData(await load());
    } catch (e) {
      setError(errorText(e));
    }
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, reload };
}

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * A list read page by page (postings, search results, the question queue). Only the
 * newest `load` may write the list, so a slow answer to old filters is dropped;
 * `loadMore` continues with the filters of the list on screen.
 */
export function usePagedList<T, F>(fetchPage: (filters: F, cursor?: string) => Promise<Page<T>>, initial: ListStatus = 'loading') {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<ListStatus>(initial);
  const [error, setError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef(0);
  const shown = useRef<F | undefined>(undefined);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  /** `quiet` keeps a shown list on screen while it refreshes. */
  const load = useCallback(async (filters: F, opts: { quiet?: boolean } = {}) => {
    const ticket = ++latest.current;
    shown.current = filters;
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
    setItems([]);
    setCursor(null);
    setStatus('idle');
  }, []);

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore || status !== 'ready' || shown.current === undefined) return;
    const ticket = latest.current;
    setLoadingMore(true);
    try {
      const page = await fetchRef.current(shown.current, cursor);
      if (ticket !== latest.current) return;
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      if (ticket === latest.current) setError(errorText(e));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, loadingMore, status]);

  return { items, status, error, loadingMore, hasMore: cursor !== null, load, loadMore, clear };
}

/** The loading and error states every page shows before its content. */
export function LoadState({
  error,
  loading,
  onRetry,
  loadingText = '正在加载…',
}: {
  error: string;
  loading: boolean;
  onRetry: () => void;
  loadingText?: string;
}) {
  if (error) {
    return (
      <View className='state'>
        <View className='error-text'>{error}</View>
        <Button className='btn plain' onClick={onRetry}>
          重试
        </Button>
      </View>
    );
  }
  return loading ? <View className='state'>{loadingText}</View> : null;
}
