import { fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../helpers/taro';
import { clearSession } from '../../client/api/session';
import ReasonDialog from '../../client/components/ReasonDialog';
import Book from '../../client/packages/booking/pages/book';
import VolunteerForm from '../../client/packages/booking/components/VolunteerForm';
import Apply from '../../client/packages/jobs/pages/apply';
import AskForm from '../../client/packages/qa/components/AskForm';
import AddSlot from '../../client/packages/volunteer/components/AddSlot';
import { isPlainChinese, zhIssue } from '../../client/utils/validation';
import { intentionRequest } from '../../shared/jobs';
import { aPage, aPosting, aSlot } from '../helpers/client-fixtures';
import { renderSettled, requestMock, signInAs, tap } from '../helpers/client-session';

/**
 * Every form, sent empty: each message under a field is Chinese and says what is needed —
 * never a schema's English ("Invalid option: expected one of …").
 */
const posting = aPosting();

function messagesOnScreen(): string[] {
  return [...document.querySelectorAll('.error-text')].map((e) => e.textContent ?? '').filter(Boolean);
}

function expectOnlyChinese(messages: string[]) {
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) expect({ message: m, plain: isPlainChinese(m) }).toEqual({ message: m, plain: true });
}

beforeEach(() => {
  requestMock.mockReset();
  requestMock.mockImplementation(async ({ url }: { url: string }) => ({
    statusCode: 200,
    data: url.startsWith('/api/jobs/') ? posting : aPage([]),
  }));
  clearSession();
  signInAs();
});

describe('every form sent empty answers in Chinese', () => {
  it('岗位报名', async () => {
    setRouterParams({ id: 'job-7' });
    await renderSettled(<Apply />);
    await screen.findByText('提交报名');
    await tap('提交报名');
    expectOnlyChinese(messagesOnScreen());
    expect(screen.getByText('请填写称呼')).toBeTruthy();
    expect(screen.getByText('请填写 11 位手机号码')).toBeTruthy();
  });

  it('向志愿律师提问', async () => {
    render(<AskForm initialTopic={null} displayName='居民小林' onAsked={jest.fn()} onConsentNeeded={jest.fn()} />);
    await tap('提交问题');
    expectOnlyChinese(messagesOnScreen());
    expect(screen.getByText('请填写问题')).toBeTruthy();
  });

  it('预约律师', async () => {
    const slot = aSlot();
    requestMock.mockImplementation(async ({ url }: { url: string }) => ({
      statusCode: 200,
      data: aPage(url.startsWith('/api/me/bookings') ? [] : [slot]),
    }));
    setRouterParams({ slotId: slot.id, start: slot.start });
    await renderSettled(<Book />);
    await screen.findByText('确认预约');
    await tap('确认预约');
    expectOnlyChinese(messagesOnScreen());
  });

  it('申请成为志愿者', async () => {
    render(<VolunteerForm onSaved={jest.fn()} />);
    await tap('提交申请');
    const messages = messagesOnScreen();
    expectOnlyChinese(messages);
    expect(messages).toEqual(expect.arrayContaining(['真实姓名至少 2 个字', '请选择职业', '请填写工作单位', '请选择所在城市']));
  });

  it('志愿者添加当面咨询的时段', async () => {
    render(<AddSlot onAdded={jest.fn()} onClose={jest.fn()} />);
    fireEvent.click(screen.getByText('当面'));
    await tap('发布时段');
    expectOnlyChinese(messagesOnScreen());
  });

  it('必须写原因的确认框', async () => {
    render(<ReasonDialog title='取消这次预约？' placeholder='原因' confirmText='确定取消' required onConfirm={jest.fn()} onClose={jest.fn()} />);
    await tap('确定取消');
    expectOnlyChinese(messagesOnScreen());
  });

  it('names the field and its limit when text is too long', () => {
    const parsed = intentionRequest.safeParse({ name: '林'.repeat(21), phone: '13800138000' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(zhIssue(parsed.error.issues[0], '姓名')).toBe('姓名最多 20 个字');
  });
});
