export default definePageConfig({ navigationBarTitleText: '生活小贴士' });
