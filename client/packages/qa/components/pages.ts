import type { TopicId } from '../../../../shared/topics';

const enc = encodeURIComponent;

/** Pages of the Q&A area and of the volunteer workbench for questions. */
export const QA_PAGES = {
  article: (id: string) => `/packages/qa/pages/article/index?id=${enc(id)}`,
  ask: (topic?: TopicId | null) => `/packages/qa/pages/ask/index${topic ? `?topic=${enc(topic)}` : ''}`,
  myQuestions: '/packages/qa/pages/my-questions/index',
  thread: (id: string) => `/packages/qa/pages/thread/index?id=${enc(id)}`,
  workbench: '/packages/volunteer/pages/workbench/index',
  queue: '/packages/volunteer/pages/queue/index',
  volunteerQuestion: (id: string) => `/packages/volunteer/pages/question/index?id=${enc(id)}`,
} as const;
