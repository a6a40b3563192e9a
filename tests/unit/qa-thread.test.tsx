import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { QuestionThread } from '../../shared/qa';
import ThreadScreen from '../../client/packages/qa/components/ThreadScreen';

const requestMock = Taro.request as unknown as jest.Mock;

const thread = (over: Partial<QuestionThread> = {}): QuestionThread => ({
  id: 'q-1',
  title: '他打我，我能申请保护令吗',
  body: '他昨天又打我，我不敢回家。',
  topic: 'dv-protection-order',
  city: 'nanchang',
  anonymous: true,
  urgent: true,
  status: 'claimed',
  createdAt: '2026-11-28T02:00:00.000Z',
  updatedAt: '2026-11-28T03:00:00.000Z',
  claimedAt: '2026-11-28T02:30:00.000Z',
  askerName: '居民小林',
  volunteerName: '陈律师',
  helpful: null,
  messageCount: 1,
  viewer: 'asker',
  messages: [{ id: 'm-1', from: 'volunteer', body: '可以申请，不收费。', createdAt: '2026-11-28T03:00:00.000Z' }],
  ...over,
});

/** Answers GET of the thread with `t`, and a POST to feedback with the same question marked helpful. */
function serve(t: QuestionThread) {
  requestMock.mockImplementation(async (options: { url: string; method?: string; data?: { helpful?: boolean } }) => {
    if (options.method === 'POST' && options.url.endsWith('/feedback')) {
      const question: Partial<QuestionThread> = { ...t, helpful: options.data?.helpful ?? null };
      delete question.messages;
      return { statusCode: 200, data: question };
    }
    return { statusCode: 200, data: t };
  });
}

describe('ThreadScreen', () => {
  beforeEach(() => {
    requestMock.mockReset();
    jest.clearAllMocks();
  });

  it('shows her question as her own bubble and the lawyer answer as the other side', async () => {
    serve(thread());
    render(<ThreadScreen id='q-1' />);

    const answer = await screen.findByText('可以申请，不收费。');
    const mine = screen.getByText('他昨天又打我，我不敢回家。');

    expect(mine.parentElement?.className).toContain('qa-thread__bubble--mine');
    expect(answer.parentElement?.className).not.toContain('qa-thread__bubble--mine');
    expect(screen.getByText('接手的志愿律师：陈律师')).toBeTruthy();
    expect(screen.getByText('紧急')).toBeTruthy();
  });

  it('takes her feedback once the lawyer has answered', async () => {
    serve(thread());
    render(<ThreadScreen id='q-1' />);

    fireEvent.click(await screen.findByText('有帮助'));

    await screen.findByText('你评价了：有帮助。谢谢！');
    const feedbackCall = requestMock.mock.calls.find(([o]) => String(o.url).endsWith('/api/qa/questions/q-1/feedback'));
    expect(feedbackCall?.[0].data).toEqual({ helpful: true });
  });

  it('asks for no feedback before any answer, and offers release only to the volunteer', async () => {
    serve(thread({ viewer: 'volunteer', askerName: '匿名居民', messages: [] }));
    render(<ThreadScreen id='q-1' />);

    await screen.findByText('提问人：匿名居民');
    expect(screen.queryByText('有帮助')).toBeNull();
    expect(screen.getByText('放回队列')).toBeTruthy();
    expect(screen.getByText('结束这个问题')).toBeTruthy();
  });

  it('hides the reply box once the question is closed', async () => {
    serve(thread({ status: 'closed' }));
    render(<ThreadScreen id='q-1' />);

    await screen.findByText('这个问题已经结束了。');
    expect(screen.queryByText('发送')).toBeNull();
  });
});
