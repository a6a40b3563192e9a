import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { SIGNUP_STATUS_LABELS } from '../../../../../shared/events';
import { eventsApi } from '../../../../api/events';
import { errorText } from '../../../../api/http';
import Screen from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { dateTimeLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import { EVENT_PAGES } from '../../routes';
import '../../events.scss';

/** 报名名单: numbers and states; a name only where she chose to give one. */
export default function Signups() {
  const id = useRouter().params.id ?? '';
  const { data, load, reload } = useLoaded(() => Promise.all([eventsApi.get(id), eventsApi.signups(id)]), id);
  const [error, setError] = useState('');

  const cancel = async () => {
    const ok = await Taro.showModal({
      title: '取消活动',
      content: '取消后会通知所有报名的人，不能恢复。确定取消吗？',
      confirmText: '取消活动',
      cancelText: '不取消',
    });
    if (!ok.confirm) return;
    try {
      await eventsApi.cancel(id);
      Taro.showToast({ title: '已取消', icon: 'success' });
      await reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Screen title='报名名单' load={load}>
      {data && (
        <View>
          <View className='card'>
            <View className='event-card__title'>{data[0].title}</View>
            <View>
              报名 {data[1].taken} / {data[1].capacity} 人，已签到 {data[1].checkedIn} 人
            </View>
          </View>
          <View className='event-actions'>
            {data[0].status === 'published' && (
              <Button className='btn small' onClick={() => openPage(EVENT_PAGES.code(id))}>
                显示签到码
              </Button>
            )}
            <Button className='btn plain small' onClick={() => void reload()}>
              刷新
            </Button>
            {data[0].status === 'published' && Date.parse(data[0].end) > Date.now() && (
              <Button className='btn plain small' onClick={cancel}>
                取消活动
              </Button>
            )}
          </View>
          {error && <View className='error-text'>{error}</View>}
          {data[1].items.length === 0 && <View className='state'>还没有人报名。</View>}
          {data[1].items.map((s) => (
            <View key={s.n} className='card hours-row'>
              <View>
                {s.n}. {s.name ?? '未留名'}
                {s.walkIn ? '（现场签到）' : ''}
              </View>
              <View className={s.status === 'checked-in' ? 'event-pill is-ok' : 'event-pill'}>
                {SIGNUP_STATUS_LABELS[s.status]}
                {s.checkedInAt ? ` ${dateTimeLabel(s.checkedInAt).slice(-5)}` : ''}
              </View>
            </View>
          ))}
        </View>
      )}
    </Screen>
  );
}
