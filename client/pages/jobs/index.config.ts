export default definePageConfig({
  navigationBarTitleText: '春风岗位',
  onReachBottomDistance: 120,
  // In the browser build the pull-to-refresh wrapper swallows taps while it settles; a reload does the same job there.
  enablePullDownRefresh: process.env.TARO_ENV !== 'h5',
});
