import { Button, View } from '@tarojs/components';
import type { Intention } from '../../../../shared/jobs';
import { dateLabel } from '../../../utils/format';
import { openPage, PAGES } from '../../../utils/nav';

/** Shown instead of the form on a posting she already registered for. */
export default function Registered({ intention }: { intention: Intention }) {
  return (
    <View className='card job-registered' role='status'>
      <View className='title'>已报名</View>
      <View>您在 {dateLabel(intention.createdAt)} 报了名，妇联工作人员会打电话和您联系。</View>
      <Button className='btn plain' onClick={() => openPage(PAGES.me)}>
        查看我的就业意向
      </Button>
    </View>
  );
}
