import { fireEvent, screen, waitFor } from '@testing-library/react';
// The jest `client` project maps @tarojs/taro to tests/helpers/taro.ts.
import { setRouterParams } from '../helpers/taro';
import EventDetailPage from '../../client/packages/events/pages/detail';
import { clearSession } from '../../client/api/session';
import { postsSent, renderInSession, requestMock, signInAs } from '../helpers/client-session';

const MIN = 60_000;

const anEvent = (o: Record<string, unknown> = {}) => ({
  id: 'ev-1',
  title: '反家暴法进社区',
  kind: 'lecture',
  topics: ['dv-protection-order'],
  start: new Date(Date.now() + 3 * 24 * 60 * MIN).toISOString(),
  end: new Date(Date.now() + 3 * 24 * 60 * MIN + 90 * MIN).toISOString(),
  venue: '妇女之家',
  city: 'nanchang',
  district: '东湖区',
  community: 'nc-donghu-1',
  communityName: '豫章街道滨江社区',
  capacity: 20,
  seatsLeft: 5,
  status: 'published',
  speakers: [{ id: 'v1', displayName: '陈律师' }],
  description: '讲保护令。',
  organiserName: '东湖区妇联',
  version: 1,
  mine: null,
  canManage: false,
  ...o,
});

function renderWith(event: ReturnType<typeof anEvent>, after?: ReturnType<typeof anEvent>) {
  signInAs();
  setRouterParams({ id: 'ev-1' });
  requestMock.mockImplementation(({ method, url }: { method?: string; url: string }) => {
    if (method === 'POST' && url.endsWith('/checkin')) return Promise.resolve({ statusCode: 200, data: { status: 'checked-in', signedUpAt: 'x', checkedInAt: 'y' } });
    if (method === 'POST') return Promise.resolve({ statusCode: 201, data: after ?? event });
    return Promise.resolve({ statusCode: 200, data: after && requestMock.mock.calls.some(([o]) => o.method === 'POST') ? after : event });
  });
  renderInSession(<EventDetailPage />);
}

describe('the event page', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
  });

  it('signs her up without a name and then shows 已报名', async () => {
    renderWith(anEvent(), anEvent({ seatsLeft: 4, mine: { status: 'signed-up', signedUpAt: 'x', checkedInAt: null } }));

    fireEvent.click(await screen.findByText('我要报名'));

    await screen.findByText('已报名');
    expect(postsSent()[0]).toMatchObject({ url: '/api/events/ev-1/signups', data: {} });
    expect(screen.getByText('取消报名')).toBeTruthy();
  });

  it('offers the 6-digit check-in from an hour before the start, also to walk-ins', async () => {
    const start = Date.now() + 30 * MIN;
    renderWith(anEvent({ start: new Date(start).toISOString(), end: new Date(start + 90 * MIN).toISOString() }));

    const input = (await screen.findByPlaceholderText('6 位数字')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '123456' } });
    fireEvent.click(screen.getByText('签到'));

    await waitFor(() => expect(postsSent()[0]).toMatchObject({ url: '/api/events/ev-1/checkin', data: { code: '123456' } }));
    expect(screen.getByText('没有报名也可以签到，有空位就行。')).toBeTruthy();
  });

  it('shows a full event without a sign-up button', async () => {
    renderWith(anEvent({ seatsLeft: 0 }));
    await screen.findByText('名额已满（共 20 个）');
    expect(screen.queryByText('我要报名')).toBeNull();
  });
});
