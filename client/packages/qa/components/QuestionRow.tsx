import { View } from '@tarojs/components';
import type { QuestionSummary } from '../../../../shared/qa';
import { dateTimeLabel } from '../../../utils/format';
import { StatusBadge, UrgentBadge } from './Badges';
import { cityLabel, topicLabel } from './labels';
import './qa.scss';

interface Props {
  q: QuestionSummary;
  onOpen: (id: string) => void;
  /** 隐私模式: this neutral line ("咨询 3 · 11月28日 · 家庭事务") stands in for title, topic and city. */
  discreetLabel?: string;
}

/** A row in 我的提问 and in 我接手的问题. */
export default function QuestionRow({ q, onOpen, discreetLabel }: Props) {
  if (discreetLabel) {
    return (
      <View className='card qa-row qa-question-row' role='link' onClick={() => onOpen(q.id)}>
        <View className='qa-row__title'>{discreetLabel}</View>
        <View className='qa-row__line'>{q.messageCount} 条留言</View>
      </View>
    );
  }
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
