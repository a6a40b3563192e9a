export default definePageConfig({ navigationBarTitleText: '普法活动' });
