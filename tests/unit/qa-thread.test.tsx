import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { QuestionThread, SafetyAdvice } from '../../shared/qa';
import ThreadScreen from '../../client/packages/qa/components/ThreadScreen';
import { requestMock } from '../helpers/client-session';

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

const safety: SafetyAdvice = {
  message: '如果您现在有危险，请马上打 110 报警。您的问题已优先交给志愿律师。',
  hotlines: [
    { number: '110', label: '有危险，马上报警' },
    { number: '12338', label: '妇女维权公益服务热线' },
  ],
  articles: [],
};

/**
 * Answers GET of the thread with `t`, a POST to feedback with the same question marked helpful,
 * and a POST of a message with the new message, carrying `withSafety` when given.
 */
function serve(t: QuestionThread, withSafety?: SafetyAdvice) {
  requestMock.mockImplementation(async (options: { url: string; method?: string; data?: { helpful?: boolean; body?: string } }) => {
    if (options.method === 'POST' && options.url.endsWith('/messages')) {
      const sent = { id: 'm-2', from: t.viewer, body: options.data?.body ?? '', createdAt: '2026-11-28T04:00:00.000Z' };
      return { statusCode: 201, data: withSafety ? { ...sent, safety: withSafety } : sent };
    }
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

    await screen.findByText('您评价了：有帮助。谢谢！');
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

  it('shows the safety card at once when her follow-up reads as danger', async () => {
    serve(thread(), safety);
    render(<ThreadScreen id='q-1' />);

    fireEvent.change(await screen.findByPlaceholderText('想补充的情况，或想问律师的话'), {
      target: { value: '他刚才又动手打我了，我不敢回家' },
    });
    fireEvent.click(screen.getByText('发送'));

    await screen.findByRole('alert', { name: '安全提醒' });
    expect(screen.getByRole('button', { name: /拨打 110/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /拨打 12338/ })).toBeTruthy();
  });

  it('shows no safety card after a calm follow-up', async () => {
    serve(thread());
    render(<ThreadScreen id='q-1' />);

    const box = await screen.findByPlaceholderText('想补充的情况，或想问律师的话');
    fireEvent.change(box, { target: { value: '请问要带什么材料？' } });
    fireEvent.click(screen.getByText('发送'));

    // The box empties once the server has answered.
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(''));
    expect(requestMock.mock.calls.some(([o]) => String(o.url).endsWith('/api/qa/questions/q-1/messages'))).toBe(true);
    expect(screen.queryByRole('alert', { name: '安全提醒' })).toBeNull();
  });

  it('hides the reply box once the question is closed', async () => {
    serve(thread({ status: 'closed' }));
    render(<ThreadScreen id='q-1' />);

    await screen.findByText('这个问题已经结束了。');
    expect(screen.queryByText('发送')).toBeNull();
  });
});
