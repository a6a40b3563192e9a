import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Intention } from '../../../shared/jobs';
import { INTENTION_STATUS_LABELS } from '../../../shared/jobs.labels';
import { useOwnList } from '../../hooks/useOwnList';
import ListFooter from '../ListFooter';
import { LoadState } from '../Screen';
import { jobsMain } from '../../api/main';
import { errorText } from '../../api/http';
import { dateLabel, maskPhone } from '../../utils/format';
import { confirmDialog } from '../../utils/confirm';
import { openPage, PAGES } from '../../utils/nav';

/** 我的就业意向: what she registered for (every page of it), with a way to take it back. */
export default function MyIntentions() {
  const list = useOwnList((cursor?: string) => jobsMain.myIntentions(cursor));


  const withdraw = async (item: Intention) => {
    const yes = await confirmDialog({
      title: '撤回报名',
      content: `撤回后，妇联不会再为“${item.job.title}”联系您。确定撤回吗？`,
      confirmText: '撤回',
      cancelText: '不撤回',
    });
    if (!yes) return;
    try {
      await jobsMain.withdraw(item.id);
      list.setItems((all) => all.filter((x) => x.id !== item.id));
      Taro.showToast({ title: '已撤回', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    }
  };

  return (
    <View className='my-intentions'>
      <View className='title'>我的就业意向</View>
      <LoadState {...list.state} />
      {list.status === 'ready' && list.items.length === 0 && (
        <View className='state'>
          <View>还没有报名过岗位。</View>
          <Button className='btn plain' onClick={() => openPage(PAGES.jobs)}>
            去看看岗位
          </Button>
        </View>
      )}
      {list.status === 'ready' &&
        list.items.map((item) => (
          <View key={item.id} className='card my-intention'>
            <View
              role='link'
              style={{ fontSize: '18px', fontWeight: 'bold' }}
              onClick={() => openPage(PAGES.jobDetail(item.jobId))}
            >
              {item.job.title}
            </View>
            <View className='muted'>
              {item.job.employerName}
              {/* Where staff are with it (待联系 … 已录用); their notes are never sent to her. */}
              {INTENTION_STATUS_LABELS[item.status] && <Text className='badge'> {INTENTION_STATUS_LABELS[item.status]}</Text>}
            </View>
            <View className='muted'>
              <Text>{dateLabel(item.createdAt)} 报名 · 联系电话 {maskPhone(item.phone)}</Text>
            </View>
            <View style={{ display: 'flex', justifyContent: 'flex-end', marginTop: '8px' }}>
              <Button className='btn plain small' onClick={() => withdraw(item)}>
                撤回
              </Button>
            </View>
          </View>
        ))}
      <ListFooter list={list} auto={false} />
    </View>
  );
}
