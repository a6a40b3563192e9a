import { fireEvent, screen, waitFor } from '@testing-library/react';
// The jest `client` project maps @tarojs/taro to tests/helpers/taro.ts.
import { setRouterParams } from '../helpers/taro';
import Apply from '../../client/packages/jobs/pages/apply';
import { clearSession } from '../../client/api/session';
import type { Intention } from '../../shared/jobs';
import { aPage, aPosting, anIntention } from '../helpers/client-fixtures';
import { postsSent, renderSettled, requestMock, signInAs, tap } from '../helpers/client-session';

const posting = aPosting();

/** She opens the form for `posting`, signed in, with `mine` registered before. */
async function openSignedIn(mine: Intention[] = []) {
  signInAs();
  setRouterParams({ id: posting.id });
  // The posting and her registrations, whatever order the page asks in.
  requestMock.mockImplementation(({ url }: { url: string }) =>
    Promise.resolve({ statusCode: 200, data: url.startsWith('/api/me/intentions') ? aPage(mine) : posting }),
  );
  await renderSettled(<Apply />);
}

async function renderSignedIn() {
  await openSignedIn();
  await screen.findByText('报名：超市收银员');
  await screen.findByText('提交报名');
}

/** Fills in her name and phone as given. */
function fillIn(name: string, phone: string) {
  fireEvent.change(screen.getByPlaceholderText('如：林女士'), { target: { value: name } });
  fireEvent.change(screen.getByPlaceholderText('11 位手机号码'), { target: { value: phone } });
}

const submit = () => tap('提交报名');

describe('the intention form', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
  });

  it('asks her to sign in first when she is not signed in', async () => {
    setRouterParams({ id: posting.id });
    requestMock.mockResolvedValue({ statusCode: 200, data: posting });
    await renderSettled(<Apply />);
    expect(screen.getByText('报名前请先登录。')).toBeTruthy();
  });

  it('says 已报名 with a way to her registrations instead of the form when she already registered', async () => {
    await openSignedIn([anIntention()]);

    await screen.findByText('已报名');
    expect(screen.getByText('查看我的就业意向')).toBeTruthy();
    expect(screen.queryByText('提交报名')).toBeNull();
  });

  it('shows the schema message under the phone field once she leaves it', async () => {
    await renderSignedIn();
    const phone = screen.getByPlaceholderText('11 位手机号码');

    fireEvent.change(phone, { target: { value: '1380013' } });
    expect(screen.queryByText('请填写 11 位手机号码')).toBeNull();
    fireEvent.blur(phone);

    expect(screen.getByText('请填写 11 位手机号码')).toBeTruthy();
    fireEvent.change(phone, { target: { value: '13800138000' } });
    expect(screen.queryByText('请填写 11 位手机号码')).toBeNull();
  });

  it('sends nothing while a field is wrong', async () => {
    await renderSignedIn();

    fireEvent.click(screen.getByText('提交报名'));

    expect(screen.getByText('请填写称呼')).toBeTruthy();
    expect(postsSent()).toHaveLength(0);
  });

  it('posts the trimmed form without an empty message and shows the done card', async () => {
    await renderSignedIn();
    fillIn(' 林女士 ', '13800138000');
    requestMock.mockResolvedValueOnce({ statusCode: 201, data: anIntention() });

    await submit();

    await waitFor(() => expect(screen.getByText('报名成功')).toBeTruthy());
    const [sent] = postsSent();
    expect(sent).toMatchObject({ method: 'POST', url: '/api/jobs/job-7/intentions' });
    expect(sent.data).toEqual({ name: '林女士', phone: '13800138000' });
  });

  it('shows the Chinese message of a 409 from the API', async () => {
    await renderSignedIn();
    fillIn('林女士', '13800138000');
    requestMock.mockResolvedValueOnce({
      statusCode: 409,
      data: { error: { code: 'ALREADY_APPLIED', message: '您已经报名过这个岗位了' } },
    });

    await submit();

    await screen.findByText('您已经报名过这个岗位了');
  });
});
