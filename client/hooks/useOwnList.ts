import { useEffect, useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Page } from '../../shared/common';
import { usePagedList } from './usePagedList';

/** Runs `fn` each time the page comes back into view (not on its first show). */
export function useReturnVisit(fn: () => void): void {
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) fn();
    shownOnce.current = true;
  });
}

/**
 * One of her own lists (intentions, questions, messages, claims): every page of it, read when
 * the page opens and again, quietly, whenever she comes back to it (after a thread, a form).
 */
export function useOwnList<T>(fetchPage: (cursor?: string) => Promise<Page<T>>) {
  const list = usePagedList((_: void, cursor?: string) => fetchPage(cursor));
  useEffect(() => {
    void list.load();
  }, []);
  useReturnVisit(() => void list.refresh());
  return list;
}
