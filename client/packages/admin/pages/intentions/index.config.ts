export default definePageConfig({ navigationBarTitleText: '就业意向' });
