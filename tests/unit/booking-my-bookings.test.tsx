import { fireEvent, screen, within } from '@testing-library/react';
import MyBookings from '../../client/packages/booking/pages/my-bookings';
import { clearSession } from '../../client/api/session';
import { ERRORS } from '../../shared/errors';
import { aBooking, aMe, aPage, aVolunteer } from '../helpers/client-fixtures';
import { renderSettled, requestMock, requestsSent, signInAs, tap } from '../helpers/client-session';

const HOUR = 3_600_000;
const bookingAt = (id: string, startMs: number, status: 'booked' | 'cancelled' = 'booked') =>
  aBooking({
    id,
    slotId: `slot-${id}`,
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + HOUR / 2).toISOString(),
    mode: 'in-person',
    location: { name: '东湖区妇女之家', address: '八一大道 318 号' },
    volunteer: aVolunteer({ specialities: ['custody'] }),
    status,
    createdAt: '2026-11-01T00:00:00.000Z',
    cancelledBy: status === 'cancelled' ? 'resident' : null,
  });

async function renderList(items: unknown[]) {
  signInAs();
  // 隐私模式 off (GET /api/me), so the cards show in full; every other GET is her list.
  requestMock.mockImplementation(async ({ url }: { url: string }) =>
    url === '/api/me' ? { statusCode: 200, data: aMe() } : { statusCode: 200, data: aPage(items) },
  );
  await renderSettled(<MyBookings />);
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
    await tap('确定取消');

    expect(screen.getByText(ERRORS.TOO_LATE.message)).toBeTruthy();
    expect(screen.getByText('拨打 12338')).toBeTruthy();
    expect(screen.queryByText('取消预约')).toBeNull();
    const cancel = requestsSent().find((o) => o.url.endsWith('/cancel'));
    if (!cancel) throw new Error('no cancel request was sent');
    expect(cancel.url).toBe('/api/bookings/soon/cancel');
    expect(cancel.data).toEqual({});
  });
});
