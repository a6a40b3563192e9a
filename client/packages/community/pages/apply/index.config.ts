export default definePageConfig({ navigationBarTitleText: '社区妇联工作者登记' });
