import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import * as z from 'zod';
import { ApiError } from '../../client/api/http';
import { clearSession, saveSession } from '../../client/api/session';
import { useEditForm, type EditFormSpec } from '../../client/packages/admin/hooks/useEditForm';
import { SessionProvider } from '../../client/session/SessionContext';

interface Notice {
  id: string;
  title: string;
  status: 'open' | 'closed';
  version: number;
}
interface Form {
  title: string;
}
type Body = { title: string };

const STAFF = { id: 'demo-staff', role: 'staff' as const, displayName: '省妇联 李老师' };
const aNotice = (over: Partial<Notice> = {}): Notice => ({ id: 'n-1', title: '春风行动', status: 'open', version: 3, ...over });

function spec(over: Partial<EditFormSpec<Notice, Form, Body, Body>> = {}) {
  return {
    fetch: jest.fn(async (id: string) => aNotice({ id })),
    empty: () => ({ title: '' }),
    toForm: (n: Notice) => ({ title: n.title }),
    toRequest: (f: Form) => ({ title: f.title }),
    schema: z.strictObject({ title: z.string().trim().min(1) }),
    labels: { title: '名称' },
    create: jest.fn(async (body: Body) => aNotice({ id: 'n-new', title: body.title, version: 1 })),
    update: jest.fn(async (n: Notice, body: Body & { version: number }) => aNotice({ ...n, ...body, version: body.version + 1 })),
    ...over,
  };
}

const wrapper = ({ children }: { children?: ReactNode }) => <SessionProvider>{children}</SessionProvider>;
const render = (s: EditFormSpec<Notice, Form, Body, Body>) => renderHook(() => useEditForm(s), { wrapper });

describe('useEditForm (the staff console edit pages)', () => {
  beforeEach(() => {
    clearSession();
    saveSession('tok', STAFF);
  });

  it('reads the one she opened into the form', async () => {
    const s = spec({ id: 'n-1' });

    const { result } = render(s);

    await waitFor(() => expect(result.current.form).toEqual({ title: '春风行动' }));
    expect(result.current.item).toMatchObject({ id: 'n-1', version: 3 });
    expect(s.fetch).toHaveBeenCalledWith('n-1');
  });

  it('reads nothing for someone who is not staff', () => {
    saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
    const s = spec({ id: 'n-1' });

    render(s);

    expect(s.fetch).not.toHaveBeenCalled();
  });

  it('checks a new one with the schema and sends nothing while a field is wrong', async () => {
    const s = spec();
    const { result } = render(s);

    await act(() => result.current.save());

    expect(result.current.errors).toEqual({ title: '请填写名称' });
    expect(result.current.notice).toBe('请按红字修改后再保存');
    expect(s.create).not.toHaveBeenCalled();
  });

  it('creates a new one and keeps what the server answered without reading it again', async () => {
    const s = spec();
    const { result } = render(s);
    act(() => result.current.set('title', '秋季专场'));

    await act(() => result.current.save());

    expect(s.create).toHaveBeenCalledWith({ title: '秋季专场' });
    expect(result.current.id).toBe('n-new');
    expect(result.current.notice).toBe('已保存。');
    expect(s.fetch).not.toHaveBeenCalled();
  });

  it('sends the version she loaded, and on a conflict offers the newest version instead of a message', async () => {
    const s = spec({ id: 'n-1', update: jest.fn().mockRejectedValue(new ApiError('VERSION_CONFLICT', 409)) });
    const { result } = render(s);
    await waitFor(() => expect(result.current.item).not.toBeNull());

    await act(() => result.current.save());

    expect(s.update).toHaveBeenCalledWith(expect.objectContaining({ id: 'n-1' }), { title: '春风行动', version: 3 });
    expect(result.current.conflict).toBe(true);
    expect(result.current.notice).toBe('');

    await act(() => result.current.reload());

    expect(s.fetch).toHaveBeenCalledTimes(2);
    expect(result.current.conflict).toBe(false);
  });

  it('shows what another action answered, and its error text when it fails', async () => {
    const s = spec({ id: 'n-1' });
    const { result } = render(s);
    await waitFor(() => expect(result.current.item).not.toBeNull());

    await act(() => result.current.run(async (n) => ({ ...n, status: 'closed' }), () => '已停止。'));
    expect(result.current.item?.status).toBe('closed');
    expect(result.current.notice).toBe('已停止。');

    await act(() => result.current.run(() => Promise.reject(new ApiError('NETWORK', 0)), () => '已停止。'));
    expect(result.current.notice).toBe('网络不太好，请检查网络后再试');
    expect(result.current.busy).toBe(false);
  });

  it('keeps the load error for the page to offer 重试', async () => {
    const s = spec({ id: 'n-1', fetch: jest.fn().mockRejectedValueOnce(new ApiError('NETWORK', 0)).mockResolvedValueOnce(aNotice()) });
    const { result } = render(s);
    await waitFor(() => expect(result.current.load.error).toBe('网络不太好，请检查网络后再试'));

    await act(async () => result.current.load.retry?.());

    await waitFor(() => expect(result.current.item).not.toBeNull());
    expect(result.current.load.error).toBe('');
  });
});
