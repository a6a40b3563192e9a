import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MyBookings from '../../client/packages/booking/pages/my-bookings';
import { clearSession, saveSession } from '../../client/api/session';
import { SessionProvider } from '../../client/session/SessionContext';
import { ERRORS } from '../../shared/errors';

const requestMock = Taro.request as unknown as jest.Mock;

const volunteer = {
  id: 'demo-volunteer',
  displayName: '陈律师',
  profession: 'lawyer',
  organisation: '江西正言律师事务所',
  specialities: ['custody'],
  city: 'nanchang',
};

const HOUR = 3_600_000;
const bookingAt = (id: string, startMs: number, status = 'booked') => ({
  id,
  slotId: `slot-${id}`,
  start: new Date(startMs).toISOString(),
  end: new Date(startMs + HOUR / 2).toISOString(),
  mode: 'in-person',
  location: { name: '东湖区妇女之家', address: '八一大道 318 号' },
  volunteer,
  topic: 'custody',
  note: null,
  status,
  createdAt: '2026-11-01T00:00:00.000Z',
  cancelledBy: status === 'cancelled' ? 'resident' : null,
  cancelReason: null,
  outcome: null,
});

async function renderList(items: unknown[]) {
  saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
  // 隐私模式 off (GET /api/me), so the cards show in full; every other GET is her list.
  requestMock.mockImplementation(async ({ url }: { url: string }) =>
    url === '/api/me'
      ? { statusCode: 200, data: { id: 'demo-resident', role: 'resident', displayName: '居民小林', createdAt: '2026-11-01T00:00:00.000Z', consents: [], consentsNeeded: [], preferences: { discreet: false } } }
      : { statusCode: 200, data: { items, nextCursor: null } },
  );
  await act(async () => {
    render(
      <SessionProvider>
        <MyBookings />
      </SessionProvider>,
    );
  });
}

describe('我的预约', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
  });

  it('lists upcoming bookings before past ones, with their status', async () => {
    await renderList([bookingAt('old', Date.now() - 48 * HOUR, 'cancelled'), bookingAt('next', Date.now() + 48 * HOUR)]);

    const cards = document.querySelectorAll('.my-booking');
    expect(cards).toHaveLength(2);
    expect(within(cards[0] as HTMLElement).getByText('已预约')).toBeTruthy();
    expect(within(cards[1] as HTMLElement).getByText('已取消')).toBeTruthy();
    expect(within(cards[1] as HTMLElement).queryByText('取消预约')).toBeNull();
  });

  it('explains why it is too late to cancel online and offers the hotline', async () => {
    await renderList([bookingAt('soon', Date.now() + HOUR)]);
    requestMock.mockResolvedValueOnce({
      statusCode: 409,
      data: { error: { code: 'TOO_LATE', message: 'x' } },
    });

    fireEvent.click(screen.getByText('取消预约'));
    await act(async () => {
      fireEvent.click(screen.getByText('确定取消'));
    });

    expect(screen.getByText(ERRORS.TOO_LATE.message)).toBeTruthy();
    expect(screen.getByText('拨打 12338')).toBeTruthy();
    expect(screen.queryByText('取消预约')).toBeNull();
    const cancel = requestMock.mock.calls.map(([o]) => o as { url: string; data: unknown }).find((o) => o.url.endsWith('/cancel'));
    if (!cancel) throw new Error('no cancel request was sent');
    expect(cancel.url).toBe('/api/bookings/soon/cancel');
    expect(cancel.data).toEqual({});
  });
});
