import { act, fireEvent, screen } from '@testing-library/react';
import PostingForm from '../../client/packages/admin/pages/posting';
import { clearSession } from '../../client/api/session';
import { ERRORS } from '../../shared/errors';
import { setRouterParams } from '../helpers/taro';
import { aMe, aPosting } from '../helpers/client-fixtures';
import { renderSettled, requestMock, signInAs } from '../helpers/client-session';

const STAFF = { id: 'demo-staff-nanchang', role: 'staff' as const, displayName: '南昌市妇联 周老师' };
const posting = aPosting({
  id: 'job-1',
  title: '家政服务员',
  employer: { name: '南昌巾帼家政', verified: true, womenLed: true },
  city: 'nanchang',
  district: '东湖区',
  address: '八一大道 1 号',
  category: 'housekeeping',
  salary: { min: 4000, max: 6000, unit: 'month' },
  headcount: 3,
  duties: '上门做家务。',
  requirements: '细心。',
  expiresAt: '2099-12-31T15:59:59.000Z',
  version: 3,
});
const me = aMe(STAFF);

async function renderForm(params: Record<string, string>, patch: () => { statusCode: number; data: unknown }) {
  setRouterParams(params);
  signInAs(STAFF);
  requestMock.mockImplementation(async ({ url, method }: { url: string; method?: string }) => {
    if (url === '/api/me') return { statusCode: 200, data: me };
    if (method === 'PATCH') return patch();
    return { statusCode: 200, data: posting };
  });
  await renderSettled(<PostingForm />);
}

const click = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getAllByText(name).at(-1) as HTMLElement);
  });
};

describe('the posting form of the staff console', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
  });

  it('says plainly that someone else saved first, and offers to load the newest version', async () => {
    await renderForm({ id: 'job-1' }, () => ({
      statusCode: 409,
      data: { error: { code: 'VERSION_CONFLICT', message: ERRORS.VERSION_CONFLICT.message } },
    }));
    expect(await screen.findByDisplayValue('家政服务员')).toBeTruthy();

    await click('保存');

    expect(screen.getByText('别人在您之前保存了这个岗位。请重新载入，看过最新内容后再修改。')).toBeTruthy();
    const sent = requestMock.mock.calls.map(([o]) => o).find((o: { method?: string }) => o.method === 'PATCH');
    expect(sent.data).toMatchObject({ version: 3, title: '家政服务员' });
    expect(screen.getByText('重新载入')).toBeTruthy();
  });

  it('checks a new posting with the shared schema before sending it, in Chinese', async () => {
    await renderForm({}, () => ({ statusCode: 200, data: posting }));

    await click('保存');

    expect(screen.getByText('请填写岗位名称')).toBeTruthy();
    expect(requestMock.mock.calls.some(([o]: [{ method?: string }]) => o.method === 'POST')).toBe(false);
  });
});
