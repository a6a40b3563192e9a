import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Intention } from '../../../shared/jobs';
import { jobsMain } from '../../api/main';
import { ApiError, errorText } from '../../api/http';
import { useSession } from '../../session/SessionContext';
import { dateLabel, maskPhone } from '../../utils/format';
import { confirmDialog } from '../../utils/confirm';
import { openPage, PAGES } from '../../utils/nav';

type Status = 'loading' | 'ready' | 'error';

/** 我的就业意向: what she registered for, with a way to take it back. */
export default function MyIntentions() {
  const { signOut } = useSession();
  const [items, setItems] = useState<Intention[]>([]);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    try {
      const page = await jobsMain.myIntentions();
      setItems(page.items);
      setStatus('ready');
    } catch (e) {
      // An expired sign-in: show the sign-in list again instead of an error.
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') return signOut();
      setError(errorText(e));
      setStatus('error');
    }
  }, [signOut]);

  useEffect(() => {
    load();
  }, [load]);
  // Again when the page comes back into view (after the apply page), so a new intention shows.
  useDidShow(() => {
    load();
  });

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
      setItems((list) => list.filter((x) => x.id !== item.id));
      Taro.showToast({ title: '已撤回', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    }
  };

  return (
    <View className='my-intentions'>
      <View className='title'>我的就业意向</View>
      {status === 'loading' && <View className='state'>正在加载…</View>}
      {status === 'error' && (
        <View className='state'>
          <View className='error-text'>{error}</View>
          <Button className='btn plain' onClick={load}>
            重试
          </Button>
        </View>
      )}
      {status === 'ready' && items.length === 0 && (
        <View className='state'>
          <View>还没有报名过岗位。</View>
          <Button className='btn plain' onClick={() => openPage(PAGES.jobs)}>
            去看看岗位
          </Button>
        </View>
      )}
      {status === 'ready' &&
        items.map((item) => (
          <View key={item.id} className='card my-intention'>
            <View
              role='link'
              style={{ fontSize: '18px', fontWeight: 'bold' }}
              onClick={() => openPage(PAGES.jobDetail(item.jobId))}
            >
              {item.job.title}
            </View>
            <View className='muted'>{item.job.employerName}</View>
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
    </View>
  );
}
