export default definePageConfig({ navigationBarTitleText: '她援' });
