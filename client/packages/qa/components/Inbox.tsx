import { View } from '@tarojs/components';
import { meApi } from '../../../api/me';
import ListFooter from '../../../components/ListFooter';
import { LoadState } from '../../../components/Screen';
import { useOwnList } from '../../../hooks/useOwnList';
import { discreetLabel } from '../../../utils/discreet';
import { dateTimeLabel } from '../../../utils/format';
import { openPage } from '../../../utils/nav';
import './qa.scss';

/**
 * 消息: the in-app inbox. The texts never quote a question; with `hidden` (隐私模式) each item
 * reads only "消息 2 · 11月28日" until she taps 显示 on the page.
 */
export default function Inbox({ hidden = false }: { hidden?: boolean }) {
  const list = useOwnList((cursor?: string) => meApi.notifications(cursor));


  return (
    <View className='qa-inbox'>
      <View className='title'>消息</View>
      <LoadState {...list.state} />
      {list.status === 'ready' && list.items.length === 0 && <View className='muted'>还没有消息。</View>}
      {list.items.map((n, i) => (
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
      {/* The questions above page on scrolling; the notices page on the button only. */}
      <ListFooter list={list} more='看更多消息' auto={false} />
    </View>
  );
}
