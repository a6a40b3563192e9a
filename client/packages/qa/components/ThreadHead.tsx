import { View } from '@tarojs/components';
import type { QuestionThread } from '../../../../shared/qa';
import { dateTimeLabel } from '../../../utils/format';
import { StatusBadge, UrgentBadge } from './Badges';
import { cityLabel, topicLabel } from './labels';

/** The question's state, topic, place, date and who is on it. */
export default function ThreadHead({ thread }: { thread: QuestionThread }) {
  const isAsker = thread.viewer === 'asker';
  return (
    <View className='card'>
      <View>
        {thread.urgent && <UrgentBadge />}
        <StatusBadge status={thread.status} />
      </View>
      <View className='qa-row__title'>{thread.title}</View>
      <View className='qa-row__line'>
        {topicLabel(thread.topic)}
        {thread.city ? ` · ${cityLabel(thread.city)}` : ''} · {dateTimeLabel(thread.createdAt)}
      </View>
      <View className='qa-row__line'>
        {isAsker
          ? thread.volunteerName
            ? `接手的志愿律师：${thread.volunteerName}`
            : '还在等志愿律师接手，接手后会通知您。'
          : `提问人：${thread.askerName}`}
      </View>
    </View>
  );
}
