import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
// The jest `client` project maps @tarojs/taro to tests/helpers/taro.ts.
import { setRouterParams } from '../helpers/taro';
import Book from '../../client/packages/booking/pages/book';
import { clearSession } from '../../client/api/session';
import { IDEMPOTENCY_KEY_PATTERN, type Booking, type OpenSlot } from '../../shared/bookings';
import { aBooking, aPage, aSlot } from '../helpers/client-fixtures';
import { postsSent, renderSettled, requestMock, signInAs, tap } from '../helpers/client-session';

const slot = aSlot();
const booked = aBooking();

const conflict = (code: string, message: string) => ({ statusCode: 409, data: { error: { code, message } } });

/** She opens the form for `slot`; the server lists the open slots and her bookings, whatever order the page asks in. */
async function openForm({ open, mine }: { open: OpenSlot[]; mine: Booking[] }) {
  signInAs();
  setRouterParams({ slotId: slot.id, start: slot.start });
  requestMock.mockImplementation(({ url }: { url: string }) =>
    Promise.resolve({ statusCode: 200, data: aPage(url.startsWith('/api/me/bookings') ? mine : open) }),
  );
  await renderSettled(<Book />);
}

/** The form for an open slot, before she has booked anything. */
async function renderForm() {
  await openForm({ open: [slot], mine: [] });
  await screen.findByText('想咨询什么？（必选）');
}

const submit = () => tap('确认预约');

describe('the booking form', () => {
  it('says 已预约 with the date instead of the form when she already booked this slot', async () => {
    await openForm({ open: [], mine: [booked] });

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
    expect(postsSent()).toHaveLength(0);
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
    const [first, second] = postsSent();
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
