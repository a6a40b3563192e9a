export default definePageConfig({ navigationBarTitleText: '向志愿律师提问' });
