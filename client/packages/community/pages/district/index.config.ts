export default definePageConfig({ navigationBarTitleText: '转介跟进情况' });
