import { View } from '@tarojs/components';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { openPage } from '../../../../utils/nav';
import { CONSOLE_PAGES } from '../../routes';
import '../../console.scss';

const LINKS = [
  { label: '岗位管理', url: CONSOLE_PAGES.postings },
  { label: '招聘会', url: CONSOLE_PAGES.fairs },
  { label: '从 Excel 导入岗位', url: CONSOLE_PAGES.import },
  { label: '数据统计', url: CONSOLE_PAGES.stats },
  { label: '志愿者审核', url: CONSOLE_PAGES.volunteers },
];

/** The staff home: everything a 妇联 office runs from the phone. */
export default function Console() {
  return (
    <Screen title='妇联工作台'>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        <View className='console-links'>
          {LINKS.map((l) => (
            <View key={l.url} className='console-links__item' role='button' onClick={() => void openPage(l.url)}>
              {l.label}
            </View>
          ))}
        </View>
      </NeedLogin>
    </Screen>
  );
}
