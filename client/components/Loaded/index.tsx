import { useCallback, useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
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

/** The loading and error states every detail page shows before its content. */
export function LoadState({ error, loading, onRetry }: { error: string; loading: boolean; onRetry: () => void }) {
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
  return loading ? <View className='state'>正在加载…</View> : null;
}
