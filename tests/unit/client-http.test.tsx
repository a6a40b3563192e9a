import { ApiError, request } from '../../client/api/http';
import { saveSession, clearSession } from '../../client/api/session';
import { jobsApi } from '../../client/api/jobs';
import { jobPosting } from '../../shared/jobs';
import { aPosting } from '../helpers/client-fixtures';
import { requestMock } from '../helpers/client-session';

const posting = aPosting({
  id: 'job-1',
  employer: { name: '惠民超市', verified: true, womenLed: false },
  city: 'nanchang',
  district: '东湖区',
  address: '八一大道 1 号',
  tags: ['near-home'],
});

describe('client/api request', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
  });

  it('sends the stored token as a bearer header and returns the parsed body', async () => {
    saveSession('tok-123', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
    requestMock.mockResolvedValueOnce({ statusCode: 200, data: posting });

    const job = await jobsApi.get('job-1');

    expect(job.title).toBe('超市收银员');
    const sent = requestMock.mock.calls[0][0];
    expect(sent.url).toBe('/api/jobs/job-1');
    expect(sent.header.authorization).toBe('Bearer tok-123');
  });

  it('leaves out empty filters from the query string', async () => {
    requestMock.mockResolvedValueOnce({ statusCode: 200, data: { items: [], nextCursor: null } });

    await jobsApi.list({ city: 'jiujiang', q: undefined, salaryMin: 3000 });

    expect(requestMock.mock.calls[0][0].url).toBe('/api/jobs?city=jiujiang&salaryMin=3000&limit=20');
    expect(requestMock.mock.calls[0][0].header.authorization).toBeUndefined();
  });

  it('turns an error body into an ApiError with its code, Chinese message and fields', async () => {
    requestMock.mockResolvedValueOnce({
      statusCode: 400,
      data: {
        error: {
          code: 'VALIDATION_FAILED',
          message: '填写的内容有误，请检查后再提交',
          fields: [{ path: 'phone', message: '请填写 11 位手机号码' }],
        },
      },
    });

    const failure = await jobsApi.apply('job-1', { name: '林', phone: '1' }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      message: '填写的内容有误，请检查后再提交',
      fields: [{ path: 'phone', message: '请填写 11 位手机号码' }],
    });
  });

  it('reports a body that does not match the shared schema as BAD_RESPONSE', async () => {
    requestMock.mockResolvedValueOnce({ statusCode: 200, data: { ...posting, salary: 'lots' } });

    await expect(request({ path: '/api/jobs/job-1', schema: jobPosting })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('reports a request that never reached the API as NETWORK with a plain message', async () => {
    requestMock.mockRejectedValueOnce(new Error('request:fail'));

    await expect(jobsApi.get('job-1')).rejects.toMatchObject({ code: 'NETWORK', message: '网络不太好，请检查网络后再试' });
  });
});
