import { PAGE_PATHS, pageUrl } from '../../../../shared/pages';
import type { TopicId } from '../../../../shared/topics';

/** Pages of the Q&A area and of the volunteer workbench for questions, from the shared page table. */
export const QA_PAGES = {
  article: (id: string) => pageUrl('article', { id }),
  ask: (topic?: TopicId | null) => pageUrl('ask', { topic: topic ?? undefined }),
  myQuestions: PAGE_PATHS.myQuestions,
  thread: (id: string) => pageUrl('thread', { id }),
  workbench: PAGE_PATHS.volunteerWorkbench,
  queue: PAGE_PATHS.volunteerQueue,
  volunteerQuestion: (id: string) => pageUrl('volunteerQuestion', { id }),
} as const;
