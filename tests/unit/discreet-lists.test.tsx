import { fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MyQuestions from '../../client/packages/qa/pages/my-questions';
import MyBookings from '../../client/packages/booking/pages/my-bookings';
import Screen from '../../client/components/Screen';
import { discreetLabel } from '../../client/utils/discreet';
import { aBooking, aMe, aPage, aVolunteer } from '../helpers/client-fixtures';
import { renderSettled, requestMock, signInAs } from '../helpers/client-session';

const CANARY = '他说要杀了我-canary';

const question = {
  id: 'q-1',
  title: CANARY,
  topic: 'dv-protection-order',
  city: 'nanchang',
  urgent: true,
  status: 'claimed',
  createdAt: '2026-11-28T02:00:00.000Z',
  updatedAt: '2026-11-28T03:00:00.000Z',
  messageCount: 2,
};

const notification = {
  id: 'n-1',
  kind: 'qa.answered',
  title: '志愿律师回复了您的问题',
  body: '请打开小程序查看',
  link: '/packages/qa/pages/thread/index?id=q-1',
  createdAt: '2026-11-28T03:00:00.000Z',
  read: false,
};

const booking = aBooking({
  id: 'b-1',
  start: new Date(Date.now() + 48 * 3_600_000).toISOString(),
  end: new Date(Date.now() + 48.5 * 3_600_000).toISOString(),
  mode: 'in-person',
  location: { name: '东湖区妇女之家', address: '八一大道 318 号' },
  volunteer: aVolunteer({ specialities: ['custody'] }),
  topic: 'dv-protection-order',
  note: '想问保护令',
  createdAt: '2026-11-01T00:00:00.000Z',
});

const page = (items: unknown[]) => ({ statusCode: 200, data: aPage(items) });

/** 居民小林 signed in; the server has 隐私模式 as given and lists the records above. */
async function open(screenEl: JSX.Element, discreet: boolean) {
  signInAs();
  requestMock.mockImplementation(async ({ url }: { url: string }) => {
    if (url === '/api/me') return { statusCode: 200, data: aMe({ preferences: { discreet } }) };
    if (url.startsWith('/api/me/questions')) return page([question]);
    if (url.startsWith('/api/me/notifications')) return page([notification]);
    if (url.startsWith('/api/me/bookings')) return page([booking]);
    return page([]);
  });
  await renderSettled(screenEl);
}

const text = () => document.body.textContent ?? '';

beforeEach(() => {
  requestMock.mockReset();
  jest.mocked(Taro.setNavigationBarTitle).mockClear();
  // A fresh phone: no sign-in and no remembered setting.
  Taro.clearStorageSync();
});

describe('隐私模式 on her lists', () => {
  it('labels 我的提问 "咨询 1 · 11月28日 · 家庭事务" and hides the title until she taps 显示', async () => {
    await open(<MyQuestions />, true);

    expect(text()).not.toContain(CANARY);
    expect(text()).not.toContain('保护令');
    expect(screen.getByText('咨询 1 · 11月28日 · 家庭事务')).toBeTruthy();

    fireEvent.click(screen.getByText('显示'));
    expect(text()).toContain(CANARY);

    fireEvent.click(screen.getByText('隐藏'));
    expect(text()).not.toContain(CANARY);
  });

  it('shows 消息 as "消息 1 · 11月28日" until 显示, never the words of the notice', async () => {
    await open(<MyQuestions />, true);

    expect(screen.getByText('消息 1 · 11月28日')).toBeTruthy();
    expect(text()).not.toContain('律师');

    fireEvent.click(screen.getByText('显示'));
    expect(text()).toContain('志愿律师回复了您的问题');
  });

  it('hides the volunteer, the place, the topic and her note on 我的预约 until 显示', async () => {
    await open(<MyBookings />, true);

    for (const word of ['陈律师', '妇女之家', '保护令', '想问保护令']) expect(text()).not.toContain(word);
    expect(text()).toContain('预约 1 · ');
    expect(screen.getByText('取消预约')).toBeTruthy();

    fireEvent.click(screen.getByText('显示'));
    expect(text()).toContain('陈律师');
    expect(text()).toContain('想问保护令');
  });

  it('shows everything, with no 显示 button, when 隐私模式 is off', async () => {
    await open(<MyQuestions />, false);

    expect(text()).toContain(CANARY);
    expect(screen.queryByText('显示')).toBeNull();
  });

  it('never tells family violence from marriage in a discreet label', () => {
    const at = '2026-11-28T02:00:00.000Z';
    expect(discreetLabel('咨询', 3, at, 'dv-protection-order')).toBe(discreetLabel('咨询', 3, at, 'divorce-litigation'));
  });
  it('keeps the title bar neutral on every screen while 隐私模式 is on', async () => {
    await open(<Screen title='我的提问'>列表</Screen>, true);

    const titles = jest.mocked(Taro.setNavigationBarTitle).mock.calls.map(([o]) => o);
    expect(titles).toEqual([{ title: '生活小贴士' }]);
  });

  it('names the screen in the title bar when 隐私模式 is off', async () => {
    await open(<MyQuestions />, false);

    expect(Taro.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '我的提问' });
  });
});
