import Taro from '@tarojs/taro';
import { openPage, quickExit } from '../../client/utils/nav';
import { PAGE_PATHS } from '../../shared/pages';

describe('openPage', () => {
  beforeEach(() => jest.clearAllMocks());

  it('opens a tab page with switchTab and any other page of the table with navigateTo', async () => {
    await openPage(PAGE_PATHS.me);
    await openPage(`${PAGE_PATHS.thread}?id=q-1`);

    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/qa/pages/thread/index?id=q-1' });
  });

  it('reports a path missing from the page table as an error, out loud, instead of 即将上线', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    await openPage('/packages/booking/pages/mine/index');

    expect(logged).toHaveBeenCalledWith(expect.stringContaining('/packages/booking/pages/mine/index'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '页面不存在' }));
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(Taro.showToast).not.toHaveBeenCalledWith(expect.objectContaining({ title: '即将上线' }));
    logged.mockRestore();
  });
});

describe('quickExit in the mini-program', () => {
  it('relaunches on the neutral page, so the page stack holds nothing to go back to', () => {
    quickExit();

    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/neutral/index' });
  });
});
