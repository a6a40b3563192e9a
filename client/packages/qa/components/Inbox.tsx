import { useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { Notification } from '../../../../shared/auth';
import { meApi } from '../../../api/me';
import { errorText } from '../../../api/http';
import { discreetLabel } from '../../../utils/discreet';
import { dateTimeLabel } from '../../../utils/format';
import { openPage } from '../../../utils/nav';
import './qa.scss';

/**
 * 消息: the in-app inbox. The texts never quote a question; with `hidden` (隐私模式) each item
 * reads only "消息 2 · 11月28日" until she taps 显示 on the page.
 */
export default function Inbox({ hidden = false }: { hidden?: boolean }) {
  const [items, setItems] = useState<Notification[] | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      setItems((await meApi.notifications()).items);
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  }, []);

  useEffect(() => {
    load();
  }, [load]);
  useDidShow(() => {
    load();
  });

  return (
    <View className='qa-inbox'>
      <View className='title'>消息</View>
      {error && <View className='error-text'>{error}</View>}
      {!error && items === null && <View className='state'>正在加载…</View>}
      {items?.length === 0 && <View className='muted'>还没有消息。</View>}
      {items?.map((n, i) => (
        <View
          key={n.id}
          className='card qa-inbox__item'
          role={n.link ? 'link' : undefined}
          onClick={() => n.link && openPage(n.link)}
        >
          <View className='qa-row__title'>
            {!n.read && <View className='qa-inbox__dot' aria-label='未读' />}
            {hidden ? discreetLabel('消息', i + 1, n.createdAt) : n.title}
          </View>
          {!hidden && (
            <View className='qa-row__line'>
              {n.body} · {dateTimeLabel(n.createdAt)}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
