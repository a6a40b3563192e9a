export default definePageConfig({
  navigationBarTitleText: '春风岗位',
  onReachBottomDistance: 120,
  enablePullDownRefresh: true,
});
