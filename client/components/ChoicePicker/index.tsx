import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ChoiceOption<T extends string> {
  id: T;
  label: string;
  group?: string;
}

interface Props<T extends string> {
  label: string;
  value: T | null;
  options: readonly ChoiceOption<T>[];
  /** With groups, options show under their group's title. */
  groups?: readonly { id: string; title: string }[];
  onChange: (v: T | null) => void;
  /** An optional choice offers 不选 (the default). */
  optional?: boolean;
  /** What "nothing chosen" is called: 不选 on a form, 全部 on a filter. */
  noneLabel?: string;
  /** Said after the label of an optional choice. */
  optionalHint?: string;
}

/**
 * One optional choice that stays folded until she opens it (问题类型, 城市): a closed
 * row says what is chosen, opening it shows the options as big chips.
 */
export default function ChoicePicker<T extends string>({
  label,
  value,
  options,
  groups,
  onChange,
  optional = true,
  noneLabel = '不选',
  optionalHint = '（可以不选）',
}: Props<T>) {
  const [open, setOpen] = useState(false);
  const current = options.find((o) => o.id === value);
  const pick = (v: T | null) => {
    onChange(v);
    setOpen(false);
  };
  const chips = (list: readonly ChoiceOption<T>[]) => (
    <View className='choice__chips'>
      {list.map((o) => (
        <View
          key={o.id}
          role='option'
          aria-selected={o.id === value}
          className={`choice__chip ${o.id === value ? 'is-selected' : ''}`}
          onClick={() => pick(o.id)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
  return (
    <View className='field'>
      <View className='label'>
        {label}
        {optional ? optionalHint : ''}
      </View>
      <View className='choice__row' role='button' aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        <Text>{current ? current.label : noneLabel}</Text>
        <Text>{open ? '收起 ▴' : '选择 ▾'}</Text>
      </View>
      {open && (
        <View role='listbox' aria-label={label}>
          {optional && (
            <View className='choice__chips'>
              <View role='option' aria-selected={value === null} className='choice__chip' onClick={() => pick(null)}>
                {noneLabel}
              </View>
            </View>
          )}
          {groups
            ? groups.map((g) => (
                <View key={g.id}>
                  <View className='muted'>{g.title}</View>
                  {chips(options.filter((o) => o.group === g.id))}
                </View>
              ))
            : chips(options)}
        </View>
      )}
    </View>
  );
}
