import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
// The jest `client` project maps @tarojs/taro to tests/helpers/taro.ts.
import { setRouterParams } from '../helpers/taro';
import Book from '../../client/packages/booking/pages/book';
import { clearSession, saveSession } from '../../client/api/session';
import { SessionProvider } from '../../client/session/SessionContext';
import { IDEMPOTENCY_KEY_PATTERN } from '../../shared/bookings';

const requestMock = Taro.request as unknown as jest.Mock;

const volunteer = {
  id: 'demo-volunteer',
  displayName: '陈律师',
  profession: 'lawyer',
  organisation: '江西正言律师事务所',
  specialities: ['dv-protection-order', 'custody'],
  city: 'nanchang',
};

const slot = {
  id: 'slot-1',
  start: '2026-12-09T00:15:00.000Z',
  end: '2026-12-09T00:45:00.000Z',
  durationMinutes: 30,
  mode: 'phone',
  location: null,
  volunteer,
};

const booked = {
  id: 'bk-1',
  slotId: 'slot-1',
  start: slot.start,
  end: slot.end,
  mode: 'phone',
  location: null,
  volunteer,
  topic: 'custody',
  note: null,
  status: 'booked',
  createdAt: '2026-11-29T00:00:00.000Z',
  cancelledBy: null,
  cancelReason: null,
  outcome: null,
};

const conflict = (code: string, message: string) => ({ statusCode: 409, data: { error: { code, message } } });

async function renderForm() {
  saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
  setRouterParams({ slotId: 'slot-1', start: slot.start });
  // The open slot, and her bookings (none yet), whatever order the page asks in.
  requestMock.mockImplementation(({ url }: { url: string }) =>
    Promise.resolve({ statusCode: 200, data: { items: url.startsWith('/api/me/bookings') ? [] : [slot], nextCursor: null } }),
  );
  await act(async () => {
    render(
      <SessionProvider>
        <Book />
      </SessionProvider>,
    );
  });
  await screen.findByText('想咨询什么？（必选）');
}

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByText('确认预约'));
  });
};

const bookingCalls = () =>
  requestMock.mock.calls.map(([o]) => o as { url: string; method?: string; header: Record<string, string> }).filter((o) => o.method === 'POST');

describe('the booking form', () => {
  it('says 已预约 with the date instead of the form when she already booked this slot', async () => {
    saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
    setRouterParams({ slotId: 'slot-1', start: slot.start });
    requestMock.mockImplementation(({ url }: { url: string }) =>
      Promise.resolve({ statusCode: 200, data: { items: url.startsWith('/api/me/bookings') ? [booked] : [], nextCursor: null } }),
    );
    await act(async () => {
      render(
        <SessionProvider>
          <Book />
        </SessionProvider>,
      );
    });

    await screen.findByText('已预约');
    expect(screen.getByText('12月9日 周三 08:15-08:45')).toBeTruthy();
    expect(screen.queryByText('确认预约')).toBeNull();
  });

  beforeEach(() => {
    requestMock.mockReset();
    jest.mocked(Taro.navigateBack).mockClear();
    jest.mocked(Taro.showModal).mockClear();
    clearSession();
  });

  it('asks for a topic before it sends anything', async () => {
    await renderForm();

    await submit();

    expect(screen.getByText('请选一个想咨询的方面')).toBeTruthy();
    expect(bookingCalls()).toHaveLength(0);
  });

  it('sends the same Idempotency-Key when she retries after a lost answer', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('button', { name: '孩子抚养权' }));
    requestMock.mockRejectedValueOnce(new Error('timeout'));
    requestMock.mockResolvedValueOnce({ statusCode: 201, data: booked });

    await submit();
    await screen.findByText('网络不太好，请检查网络后再试');
    await submit();

    await screen.findByText('预约成功');
    const [first, second] = bookingCalls();
    expect(first.header['Idempotency-Key']).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(second.header['Idempotency-Key']).toBe(first.header['Idempotency-Key']);
    expect(screen.getByText('12月9日 周三 08:15-08:45')).toBeTruthy();
    expect(screen.getByText('到时间志愿者会打电话给您，请留意来电。')).toBeTruthy();
  });

  it('says the slot is taken and goes back to the list', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('button', { name: '孩子抚养权' }));
    requestMock.mockResolvedValueOnce(conflict('SLOT_TAKEN', '该时段已被预约'));

    await submit();

    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
    expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ content: '该时段已被预约，请换一个时间。' });
  });

  it('explains the limit of two upcoming bookings and offers her list', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('button', { name: '孩子抚养权' }));
    requestMock.mockResolvedValueOnce(conflict('BOOKING_LIMIT', 'x'));

    await submit();

    await screen.findByText('您已经有 2 个还没到时间的预约，请先完成或取消一个');
    expect(screen.getByText('查看我的预约')).toBeTruthy();
    expect(Taro.navigateBack).not.toHaveBeenCalled();
  });
});
