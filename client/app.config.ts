/**
 * Tab pages live in the main package; every other page lives in a subpackage so the
 * main package stays small. Add an area as one more entry in `subPackages`
 * (e.g. `{ root: 'packages/qa', pages: ['pages/my-questions/index'] }`).
 */
export default defineAppConfig({
  // Inject only the components a page renders, when it renders (WeChat's checkCodeQuality asks for it).
  lazyCodeLoading: 'requiredComponents',
  pages: ['pages/index/index', 'pages/qa/index', 'pages/jobs/index', 'pages/me/index', 'pages/neutral/index'],
  subPackages: [
    {
      root: 'packages/jobs',
      pages: ['pages/detail/index', 'pages/apply/index', 'pages/fairs/index', 'pages/fair/index'],
    },
    {
      root: 'packages/qa',
      pages: ['pages/article/index', 'pages/ask/index', 'pages/my-questions/index', 'pages/thread/index'],
    },
    {
      root: 'packages/volunteer',
      pages: ['pages/workbench/index', 'pages/queue/index', 'pages/question/index', 'pages/slots/index', 'pages/bookings/index'],
    },
    {
      root: 'packages/booking',
      pages: ['pages/slots/index', 'pages/book/index', 'pages/my-bookings/index', 'pages/apply-volunteer/index'],
    },
    {
      root: 'packages/admin',
      pages: [
        'pages/volunteers/index',
        'pages/stats/index',
        'pages/reports/index',
        'pages/console/index',
        'pages/postings/index',
        'pages/posting/index',
        'pages/intentions/index',
        'pages/fairs/index',
        'pages/fair/index',
        'pages/import/index',
      ],
    },
    {
      root: 'packages/events',
      pages: [
        'pages/list/index',
        'pages/detail/index',
        'pages/mine/index',
        'pages/publish/index',
        'pages/organised/index',
        'pages/signups/index',
        'pages/code/index',
        'pages/hours/index',
        'pages/admin-hours/index',
      ],
    },
    { root: 'packages/referral', pages: ['pages/detail/index', 'pages/mine/index'] },
    { root: 'packages/community', pages: ['pages/workbench/index', 'pages/case/index', 'pages/district/index', 'pages/apply/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '她援',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f6f6f6',
  },
  tabBar: {
    color: '#444444',
    selectedColor: '#b4235a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png', text: '首页' },
      { pagePath: 'pages/qa/index', iconPath: 'assets/tabbar/qa.png', selectedIconPath: 'assets/tabbar/qa-active.png', text: '问答' },
      { pagePath: 'pages/jobs/index', iconPath: 'assets/tabbar/jobs.png', selectedIconPath: 'assets/tabbar/jobs-active.png', text: '岗位' },
      { pagePath: 'pages/me/index', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png', text: '我的' },
    ],
  },
});
