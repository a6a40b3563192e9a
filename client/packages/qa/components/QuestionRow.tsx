import { View } from '@tarojs/components';
import type { QuestionSummary } from '../../../../shared/qa';
import { dateTimeLabel } from '../../../utils/format';
import { StatusBadge, UrgentBadge } from './Badges';
import { cityLabel, topicLabel } from './labels';
import './qa.scss';

/** A row in 我的提问 and in 我接手的问题. */
export default function QuestionRow({ q, onOpen }: { q: QuestionSummary; onOpen: (id: string) => void }) {
  return (
    <View className='card qa-row qa-question-row' role='link' onClick={() => onOpen(q.id)}>
      <View>
        {q.urgent && <UrgentBadge />}
        <StatusBadge status={q.status} />
      </View>
      <View className='qa-row__title'>{q.title}</View>
      <View className='qa-row__line'>
        {topicLabel(q.topic)}
        {q.city ? ` · ${cityLabel(q.city)}` : ''} · {dateTimeLabel(q.createdAt)} · {q.messageCount} 条留言
      </View>
    </View>
  );
}
