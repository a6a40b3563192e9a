import { Text, View } from '@tarojs/components';
import { EVENT_KIND_LABELS, type EventSummary } from '../../../../shared/events';
import { placeLabel, timeRangeLabel } from '../../../utils/format';
import { openPage } from '../../../utils/nav';
import { EVENT_PAGES } from '../routes';

/** Seats left, or 已满 / 已取消: the one line that decides whether she can still come. */
export function SeatsLine({ e }: { e: Pick<EventSummary, 'status' | 'seatsLeft' | 'capacity'> }) {
  if (e.status === 'cancelled') return <View className='event-card__seats is-full'>活动已取消</View>;
  if (e.seatsLeft === 0) return <View className='event-card__seats is-full'>名额已满（共 {e.capacity} 个）</View>;
  return (
    <View className='event-card__seats'>
      还剩 {e.seatsLeft} 个名额（共 {e.capacity} 个）
    </View>
  );
}

export default function EventCard({ e, badge }: { e: EventSummary; badge?: string }) {
  return (
    <View className='card event-card' role='link' onClick={() => openPage(EVENT_PAGES.detail(e.id))}>
      <View className='event-card__title'>
        {e.title}
        {badge && <Text className='event-pill is-ok'>{badge}</Text>}
      </View>
      <View className='event-card__line'>
        {EVENT_KIND_LABELS[e.kind]} · {timeRangeLabel(e.start, e.end)}
      </View>
      <View className='event-card__line'>
        {placeLabel(e.city, e.district)} · {e.communityName ?? e.venue}
      </View>
      {e.speakers.length > 0 && <View className='event-card__line'>主讲：{e.speakers.map((s) => s.displayName).join('、')}</View>}
      <SeatsLine e={e} />
    </View>
  );
}
