import { useState } from 'react';
import { View } from '@tarojs/components';
import { TOPIC_GROUPS, TOPICS, type TopicId } from '../../../../shared/topics';
import Chips from './Chips';

interface Props {
  value: TopicId | TopicId[] | null;
  onChange: (id: TopicId) => void;
  /** Shown first, under their own heading (e.g. what this volunteer is good at). */
  first?: readonly TopicId[];
  firstTitle?: string;
}

/**
 * Topics in their groups (家庭暴力, 婚姻和财产, …), so a long list stays easy to scan. With
 * `first`, only those show until she asks for the others.
 */
export default function TopicPicker({ value, onChange, first = [], firstTitle = '常见' }: Props) {
  const chosenElsewhere = value !== null && !Array.isArray(value) && !first.includes(value);
  const [showAll, setShowAll] = useState(first.length === 0 || chosenElsewhere);
  const groups = [
    ...(first.length ? [{ id: 'first', title: firstTitle, topics: TOPICS.filter((t) => first.includes(t.id)) }] : []),
    ...(showAll
      ? TOPIC_GROUPS.map((g) => ({
          id: g.id,
          title: g.title,
          topics: TOPICS.filter((t) => t.group === g.id && !first.includes(t.id)),
        }))
      : []),
  ].filter((g) => g.topics.length > 0);

  return (
    <View className='topic-picker'>
      {groups.map((g) => (
        <View key={g.id} className='topic-picker__group'>
          <View className='topic-picker__title'>{g.title}</View>
          <Chips label={g.title} options={g.topics.map((t) => ({ id: t.id, label: t.title }))} value={value} onChange={onChange} />
        </View>
      ))}
      {!showAll && (
        <View className='topic-picker__more' role='button' aria-expanded={false} onClick={() => setShowAll(true)}>
          其他方面 ▾
        </View>
      )}
    </View>
  );
}
