export default definePageConfig({ navigationBarTitleText: '导入岗位' });
