import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../api/http';

/**
 * Loads one thing for a page (a posting, a fair, an article) and keeps its error
 * text; `reload` is what the 重试 button calls. The load runs again when `key` changes.
 * `load` on the result is what `<Screen load={…}>` takes to show 正在加载 / 重试.
 * `key === null` means "not yet" (e.g. she is not signed in): nothing loads.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(key !== null);

  // `key` stands for everything `load` depends on (usually the id from the route).
  const reload = useCallback(async () => {
    if (key === null) return;
    setError('');
    setLoading(true);
    try {
      setData(await load());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, setData, error, loading, reload, load: { loading: loading && data === null, error, retry: reload } };
}
