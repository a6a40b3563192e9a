export default definePageConfig({ navigationBarTitleText: '内容反馈' });
