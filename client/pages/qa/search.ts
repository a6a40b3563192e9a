import { useEffect, useRef, useState } from 'react';
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
