export default definePageConfig({ navigationBarTitleText: '法律问答' });
