export default definePageConfig({ navigationBarTitleText: '转介到社区' });
