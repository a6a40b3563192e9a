import { act, fireEvent, screen } from '@testing-library/react';
import ReferralDetail from '../../client/packages/referral/pages/detail';
import type { Referral } from '../../shared/referrals';
import { setRouterParams } from '../helpers/taro';
import { aMe } from '../helpers/client-fixtures';
import { renderSettled, requestMock, signInAs, tap } from '../helpers/client-session';

const proposal = (over: Partial<Referral> = {}): Referral => ({
  id: 'ref-1',
  viewer: 'resident',
  status: 'proposed',
  reason: 'home-visit',
  urgent: true,
  proposedBy: 'volunteer',
  createdAt: '2027-03-01T02:00:00.000Z',
  questionId: 'q-1',
  bookingId: null,
  community: null,
  acceptedAt: null,
  dueAt: null,
  overdue: false,
  escalated: false,
  claimed: false,
  claimedByMe: false,
  contactedAt: null,
  visitCount: 0,
  outcome: null,
  closedAt: null,
  contact: null,
  shareQuestion: null,
  question: null,
  visits: null,
  ...over,
});

/** Serves her referral, and records what an accept sends. */
function serve(r: Referral) {
  const sent: unknown[] = [];
  requestMock.mockImplementation(async ({ url, method, data }: { url: string; method?: string; data?: unknown }) => {
    if (url === '/api/me') return { statusCode: 200, data: aMe() };
    if (method === 'POST' && url.endsWith('/accept')) {
      sent.push(data);
      return { statusCode: 200, data: { ...r, status: 'accepted', community: { id: 'nc-donghu-1', name: '豫章街道滨江社区', city: 'nanchang', district: '东湖区' } } };
    }
    return { statusCode: 200, data: r };
  });
  return sent;
}

async function open() {
  signInAs();
  setRouterParams({ id: 'ref-1' });
  await renderSettled(<ReferralDetail />);
}

describe('the referral consent screen', () => {
  beforeEach(() => requestMock.mockReset());

  it('says in plain words who is told, what is told and how to withdraw, before she agrees', async () => {
    serve(proposal());
    await open();
    expect(await screen.findByText('会告诉谁')).toBeTruthy();
    expect(screen.getByText('会告诉他们什么')).toBeTruthy();
    expect(screen.getByText('怎么撤回')).toBeTruthy();
    expect(screen.getByText('· 不告诉他们您的提问内容')).toBeTruthy();
  });

  it('sends nothing until she has picked her community and said whether calling is safe', async () => {
    const sent = serve(proposal());
    await open();
    await act(async () => {
      fireEvent.click(await screen.findByText('同意转介'));
    });
    expect(sent).toEqual([]);
    expect(screen.getByText('请选择您的社区')).toBeTruthy();
    expect(screen.getByText('请选择能不能给您打电话')).toBeTruthy();
  });

  it('shares her question only when she ticks 允许查看我的提问', async () => {
    const sent = serve(proposal());
    await open();
    fireEvent.click(await screen.findByText('豫章街道滨江社区'));
    fireEvent.click(screen.getByText('不要打电话'));
    fireEvent.click(screen.getByText('允许查看我的提问'));
    expect(screen.getByText('· 您的提问内容')).toBeTruthy();
    await tap('同意转介');
    expect(sent).toEqual([{ communityId: 'nc-donghu-1', safeToCall: false, shareQuestion: true }]);
    expect(await screen.findByText('等待社区联系')).toBeTruthy();
  });
});
