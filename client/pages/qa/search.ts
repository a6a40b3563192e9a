import { useCallback, useEffect, useRef } from 'react';
import { TOPIC_GROUPS } from '../../../shared/topic-list';
import type { TopicSummary } from '../../../shared/qa';

/** Live search waits this long after the last key, so typing sends one request, not one per key. */
export const SEARCH_DELAY_MS = 300;

/**
 * The search words to send, applied where she types: `change(term)` calls `send` right in the
 * input handler for the first change after a pause of `ms` (a phone's input method commits a
 * whole phrase, so she gets an answer without waiting out the delay — the slow-phone bench
 * measured the 300 ms wait as most of the answer time), and once `ms` after the last of the
 * changes that follow, so typing still sends one request more at most; a term equal to the
 * last one sends nothing. Sending from the handler, not from an effect after the next render,
 * starts the request before React draws the typed words (README perf).
 */
export function useSearchInput(send: (term: string) => void, ms = SEARCH_DELAY_MS): (term: string) => void {
  const sendRef = useRef(send);
  sendRef.current = send;
  const state = useRef<{ term: string; lastChange: number; timer: ReturnType<typeof setTimeout> | null }>({
    term: '',
    lastChange: Number.NEGATIVE_INFINITY,
    timer: null,
  });
  useEffect(
    () => () => {
      if (state.current.timer !== null) clearTimeout(state.current.timer);
    },
    [],
  );
  return useCallback(
    (term: string) => {
      const s = state.current;
      if (term === s.term) return;
      s.term = term;
      const now = Date.now();
      const quiet = now - s.lastChange >= ms;
      s.lastChange = now;
      if (s.timer !== null) clearTimeout(s.timer);
      s.timer = null;
      if (quiet) {
        sendRef.current(term);
        return;
      }
      s.timer = setTimeout(() => {
        s.timer = null;
        sendRef.current(term);
      }, ms);
    },
    [ms],
  );
}

export interface TopicGroupView {
  id: string;
  title: string;
  topics: TopicSummary[];
}

/** Topics under their theme (家庭暴力, 婚姻和财产, …) in the fixed order; empty themes are left out. */
export function groupTopics(topics: TopicSummary[]): TopicGroupView[] {
  return TOPIC_GROUPS.map((g) => ({
    id: g.id,
    title: g.title,
    topics: topics.filter((t) => t.group === g.id && t.articleCount > 0),
  })).filter((g) => g.topics.length > 0);
}
