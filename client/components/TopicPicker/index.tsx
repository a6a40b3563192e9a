import { useState } from 'react';
import { View } from '@tarojs/components';
import { TOPIC_GROUPS, TOPICS, type TopicId } from '../../../shared/topic-list';
import Chips from '../Chips';
import './index.scss';

/** How many topics a closed group shows before its 更多. */
export const TOPICS_SHOWN_PER_GROUP = 3;

interface Props {
  value: TopicId | readonly TopicId[] | null | undefined;
  onChange: (id: TopicId) => void;
  /** Shown first, under their own heading (e.g. what this volunteer is good at). */
  first?: readonly TopicId[];
  firstTitle?: string;
  /** Offer only these topics (e.g. the ones with articles); default all. */
  only?: readonly TopicId[];
}

const isChosen = (value: Props['value'], id: TopicId) => (Array.isArray(value) ? value.includes(id) : value === id);

/**
 * Topics in their six groups (家庭暴力, 婚姻和财产, …): each group shows its first few
 * topics and 更多 opens the rest, so 41 topics stay easy to scan. A group holding a
 * chosen topic starts open. With `first`, those come first under their own heading.
 */
export default function TopicPicker({ value, onChange, first = [], firstTitle = '常见', only }: Props) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const groups = [
    ...(first.length ? [{ id: 'first', title: firstTitle, topics: TOPICS.filter((t) => first.includes(t.id)) }] : []),
    ...TOPIC_GROUPS.map((g) => ({
      id: g.id as string,
      title: g.title as string,
      topics: TOPICS.filter((t) => t.group === g.id && !first.includes(t.id) && (!only || only.includes(t.id))),
    })),
  ].filter((g) => g.topics.length > 0);

  return (
    <View className='topic-picker'>
      {groups.map((g) => {
        const hidden = g.topics.slice(TOPICS_SHOWN_PER_GROUP);
        const expanded = g.id === 'first' || open[g.id] || hidden.some((t) => isChosen(value, t.id));
        const shown = expanded ? g.topics : g.topics.slice(0, TOPICS_SHOWN_PER_GROUP);
        return (
          <View key={g.id} className='topic-picker__group'>
            <View className='topic-picker__title'>{g.title}</View>
            <Chips label={g.title} options={shown.map((t) => ({ id: t.id, label: t.title }))} value={value} onChange={onChange} />
            {!expanded && hidden.length > 0 && (
              <View
                className='topic-picker__more'
                role='button'
                aria-expanded={false}
                aria-label={`${g.title}：更多`}
                onClick={() => setOpen((o) => ({ ...o, [g.id]: true }))}
              >
                更多（{hidden.length}）▾
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
