export default definePageConfig({ navigationBarTitleText: '预约列表' });
