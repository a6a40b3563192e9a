import { useCallback, useEffect, useRef, useState } from 'react';
import { TOPIC_GROUPS } from '../../../shared/topic-list';
import type { TopicSummary } from '../../../shared/qa';

/** Live search waits this long after the last key, so typing sends one request, not one per key. */
export const SEARCH_DELAY_MS = 300;

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/** Calls `fn` once, with the last arguments, after `ms` without a new call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (...args: A) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, ms);
  };
  run.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return run;
}

/** The value as it was `ms` after it last changed. */
export function useDebouncedValue<T>(value: T, ms = SEARCH_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The search words to send: the first change after a pause of `ms` goes at once (a phone's
 * input method commits a whole phrase, so she gets an answer without waiting out the delay —
 * the slow-phone bench measured the 300 ms wait as most of the answer time); changes that
 * follow within `ms` wait for her to stop, so typing still sends one request more at most.
 */
export function useSearchTerm<T>(value: T, ms = SEARCH_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const now = Date.now();
    const quiet = now - lastChange.current >= ms;
    lastChange.current = now;
    const timer = setTimeout(() => setSettled(value), quiet ? 0 : ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The same rule as `useSearchTerm`, applied where she types: `change(term)` calls `send` right
 * in the input handler for the first change after a pause of `ms`, and once `ms` after the last
 * of the changes that follow; a term equal to the last one sends nothing. Sending from the
 * handler, not from an effect after the next render, starts the request before React draws
 * the typed words (slow-phone bench, README perf).
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
