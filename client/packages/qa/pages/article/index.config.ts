export default definePageConfig({ navigationBarTitleText: '法律知识' });
