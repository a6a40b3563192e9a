import { screen } from '@testing-library/react';
import DistrictReferrals from '../../client/packages/community/pages/district';
import type { PublicUser } from '../../shared/auth';
import { aMe, aPage } from '../helpers/client-fixtures';
import { renderSettled, requestMock, requestsSent, signInAs, tap } from '../helpers/client-session';

const staff = (id: string): PublicUser => ({ id, role: 'staff', displayName: '妇联 李老师' });

/** The server for staff of `unitId`: empty lists and figures. */
function serve(unitId: string) {
  requestMock.mockImplementation(async ({ url }: { url: string }) => {
    if (url === '/api/me') return { statusCode: 200, data: aMe({ role: 'staff', unitId }) };
    if (url.startsWith('/api/admin/referrals/stats')) return { statusCode: 200, data: { items: [] } };
    return { statusCode: 200, data: aPage([]) };
  });
}

/** What the page asked of the overdue list (not the figures). */
const overdueAsked = () => requestsSent().filter((r) => r.url.startsWith('/api/admin/referrals?'));

describe('the district referrals page', () => {
  beforeEach(() => requestMock.mockReset());

  it('shows district staff her own district at once', async () => {
    serve('nanchang-donghu');
    signInAs(staff('demo-staff-donghu'));
    await renderSettled(<DistrictReferrals />);

    const asked = overdueAsked();
    expect(asked).toHaveLength(1);
    expect(decodeURIComponent(asked[0].url)).toContain('district=东湖区');
    expect(screen.queryByText('请先选一个区县。')).toBeNull();
  });

  it('asks city staff to choose one of her districts before asking the server, then shows it', async () => {
    serve('nanchang');
    signInAs(staff('demo-staff-nanchang'));
    await renderSettled(<DistrictReferrals />);

    expect(screen.getByText('请先选一个区县。')).toBeTruthy();
    expect(screen.queryByText(/正在加载/)).toBeNull();
    expect(overdueAsked()).toHaveLength(0);
    expect(screen.queryByText('章贡区')).toBeNull(); // another city's district

    await tap('东湖区');
    const asked = overdueAsked();
    expect(asked).toHaveLength(1);
    expect(decodeURIComponent(asked[0].url)).toContain('district=东湖区');
  });
});
