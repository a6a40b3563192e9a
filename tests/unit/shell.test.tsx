import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams, setRouterPath } from '../helpers/taro';
import { clearSession } from '../../client/api/session';
import { ApiError } from '../../client/api/http';
import ListFooter from '../../client/components/ListFooter';
import NeedLogin from '../../client/components/NeedLogin';
import Screen from '../../client/components/Screen';
import TopicPicker, { TOPICS_SHOWN_PER_GROUP } from '../../client/components/TopicPicker';
import { useLoaded } from '../../client/hooks/useLoaded';
import { usePagedList } from '../../client/hooks/usePagedList';
import { useReasonDialog } from '../../client/hooks/useReasonDialog';
import { pageUrl, rememberReturn, takeReturn } from '../../client/session/returnTo';
import { TOPIC_GROUPS } from '../../shared/topic-list';
import { renderInSession, signInAs } from '../helpers/client-session';

const page = <T,>(items: T[], nextCursor: string | null) => ({ items, nextCursor });

beforeEach(() => {
  clearSession();
  takeReturn();
  jest.mocked(Taro.switchTab).mockClear();
  setRouterParams({});
  setRouterPath(undefined);
});

describe('Screen', () => {
  it('frames every page with the help numbers, quick exit and its title', () => {
    render(<Screen title='我的预约'>内容</Screen>);
    expect(screen.getByText('求助电话')).toBeTruthy();
    expect(screen.getByText('快速离开')).toBeTruthy();
    expect(screen.getByText('我的预约')).toBeTruthy();
    expect(screen.getByText('内容')).toBeTruthy();
  });

  it('shows 正在加载 instead of the content while it loads', () => {
    render(<Screen load={{ loading: true }}>内容</Screen>);
    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(screen.queryByText('内容')).toBeNull();
  });

  it('shows the error with 重试 that loads again', () => {
    const retry = jest.fn();
    render(
      <Screen load={{ loading: false, error: '网络不太好，请检查网络后再试', retry }}>内容</Screen>,
    );
    fireEvent.click(screen.getByText('重试'));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('内容')).toBeNull();
  });

  it('says so when there is nothing to show', () => {
    render(<Screen empty='现在没有预约。'>内容</Screen>);
    expect(screen.getByText('现在没有预约。')).toBeTruthy();
    expect(screen.queryByText('内容')).toBeNull();
  });

  it('offers a way back on an inner page', () => {
    render(<Screen back>内容</Screen>);
    fireEvent.click(screen.getByLabelText('返回上一页'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });
});

describe('NeedLogin', () => {
  const gate = (roles?: ('resident' | 'volunteer')[]) =>
    renderInSession(
      <NeedLogin line='预约前请先登录。' roles={roles} roleLine='只有居民账号可以预约。'>
        预约表单
      </NeedLogin>,
    );

  it('asks her to sign in and remembers the page to come back to', () => {
    setRouterPath('/packages/booking/pages/book/index');
    setRouterParams({ slotId: 'slot-1', $taroTimestamp: '123' });
    gate();

    expect(screen.getByText('预约前请先登录。')).toBeTruthy();
    expect(screen.queryByText('预约表单')).toBeNull();
    fireEvent.click(screen.getByText('去登录'));

    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(takeReturn()).toBe('/packages/booking/pages/book/index?slotId=slot-1');
  });

  it('shows the page once she is signed in', () => {
    signInAs();
    gate(['resident']);
    expect(screen.getByText('预约表单')).toBeTruthy();
  });

  it('says which account may use the page when she is signed in with another', () => {
    signInAs({ id: 'demo-volunteer', role: 'volunteer', displayName: '陈律师' });
    gate(['resident']);
    expect(screen.getByText('只有居民账号可以预约。')).toBeTruthy();
    expect(screen.queryByText('预约表单')).toBeNull();
  });
});

describe('the page to return to after sign-in', () => {
  it('is given back once', () => {
    rememberReturn('/packages/qa/pages/ask/index?topic=custody', 1_000);
    expect(takeReturn(2_000)).toBe('/packages/qa/pages/ask/index?topic=custody');
    expect(takeReturn(3_000)).toBeNull();
  });

  it('is forgotten after half an hour', () => {
    rememberReturn('/packages/qa/pages/ask/index', 0);
    expect(takeReturn(31 * 60 * 1000)).toBeNull();
  });

  it('is written from the path and query without the stamps Taro adds', () => {
    expect(pageUrl('packages/jobs/pages/detail/index?id=j-1', { id: 'j-1', stamp: '9' })).toBe('/packages/jobs/pages/detail/index?id=j-1');
  });
});

describe('useLoaded', () => {
  it('loads, keeps the error text, and loads again on retry', async () => {
    const load = jest
      .fn()
      .mockRejectedValueOnce(new ApiError('NETWORK', 0))
      .mockResolvedValueOnce('文章');
    const { result } = renderHook(() => useLoaded(load, 'a-1'));

    await waitFor(() => expect(result.current.error).toBe('网络不太好，请检查网络后再试'));
    await act(async () => {
      await result.current.load.retry();
    });

    expect(result.current.data).toBe('文章');
    expect(result.current.load).toMatchObject({ loading: false, error: '' });
  });

  it('loads nothing while the key is null (she is not signed in yet)', () => {
    const load = jest.fn();
    const { result } = renderHook(() => useLoaded(load, null));
    expect(load).not.toHaveBeenCalled();
    expect(result.current.loading).toBe(false);
  });
});

describe('usePagedList', () => {
  it('follows the cursor page by page until the server says there is no more', async () => {
    const fetch = jest.fn(async (_: void, cursor?: string) => {
      const n = Number(cursor ?? 0);
      return page([`第 ${n + 1} 条`], n < 6 ? String(n + 1) : null);
    });
    const { result } = renderHook(() => usePagedList(fetch));
    await act(async () => {
      await result.current.load();
    });
    for (let i = 0; i < 6; i++) {
      expect(result.current.hasMore).toBe(true);
      await act(async () => {
        await result.current.loadMore();
      });
    }

    expect(result.current.items).toHaveLength(7);
    expect(result.current.hasMore).toBe(false);
  });

  it('drops the answer to filters that are no longer on screen', async () => {
    let answerOld: (p: ReturnType<typeof page<string>>) => void = () => undefined;
    const fetch = jest.fn((q: string) =>
      q === 'old' ? new Promise<ReturnType<typeof page<string>>>((ok) => (answerOld = ok)) : Promise.resolve(page(['新'], null)),
    );
    const { result } = renderHook(() => usePagedList(fetch));
    act(() => {
      void result.current.load('old');
    });
    await act(async () => {
      await result.current.load('new');
    });
    await act(async () => {
      answerOld(page(['旧'], null));
    });

    expect(result.current.items).toEqual(['新']);
  });

  it('keeps the list when the next page fails and says so', async () => {
    const fetch = jest.fn(async (_: void, cursor?: string) => {
      if (cursor) throw new ApiError('NETWORK', 0);
      return page(['一'], 'c1');
    });
    const { result } = renderHook(() => usePagedList(fetch));
    await act(async () => {
      await result.current.load();
    });
    await act(async () => {
      await result.current.loadMore();
    });

    expect(result.current.items).toEqual(['一']);
    expect(result.current.moreError).toBe('网络不太好，请检查网络后再试');
    expect(result.current.hasMore).toBe(true);
  });
});

describe('ListFooter', () => {
  const list = (over: Partial<Parameters<typeof ListFooter>[0]['list']>) => ({
    items: ['一'],
    status: 'ready',
    hasMore: false,
    loadingMore: false,
    moreError: '',
    loadMore: jest.fn(),
    ...over,
  });

  it('offers 加载更多 while the server has more', () => {
    const more = list({ hasMore: true });
    render(<ListFooter list={more} />);
    fireEvent.click(screen.getByText('加载更多'));
    expect(more.loadMore).toHaveBeenCalled();
  });

  it('says 没有更多了 at the real end', () => {
    render(<ListFooter list={list({})} />);
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });
});

describe('useReasonDialog', () => {
  it('closes when the action worked', async () => {
    const act1 = jest.fn(async () => undefined);
    const { result } = renderHook(() => useReasonDialog<string>(act1));
    act(() => result.current.open('bk-1'));
    await act(async () => {
      await result.current.confirm('临时有事');
    });
    expect(act1).toHaveBeenCalledWith('bk-1', '临时有事');
    expect(result.current.target).toBeNull();
  });

  it('stays open with the message when the action failed', async () => {
    const { result } = renderHook(() =>
      useReasonDialog<string>(async () => {
        throw new ApiError('NETWORK', 0);
      }),
    );
    act(() => result.current.open('bk-1'));
    await act(async () => {
      await result.current.confirm('');
    });
    expect(result.current.target).toBe('bk-1');
    expect(result.current.error).toBe('网络不太好，请检查网络后再试');
  });
});

describe('TopicPicker', () => {
  it('shows the six groups folded, each opening with 更多', () => {
    render(<TopicPicker value={null} onChange={() => undefined} />);
    for (const g of TOPIC_GROUPS) expect(screen.getByText(g.title)).toBeTruthy();
    expect(screen.getAllByRole('button', { pressed: false }).length).toBeLessThanOrEqual(TOPIC_GROUPS.length * TOPICS_SHOWN_PER_GROUP);
    expect(screen.queryByText('人身安全保护令')).toBeNull();

    fireEvent.click(screen.getByLabelText('家庭暴力：更多'));

    expect(screen.getByText('人身安全保护令')).toBeTruthy();
  });
});
