import { View } from '@tarojs/components';
import './index.scss';

export interface ChipOption<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  options: readonly ChipOption<Id>[];
  /** One id for a single choice, a list for a multiple choice. */
  value: Id | readonly Id[] | null | undefined;
  onChange: (id: Id) => void;
  label?: string;
}

/** Big, round choices instead of small native pickers: easier to read and to tap. */
export default function Chips<Id extends string>({ options, value, onChange, label }: Props<Id>) {
  const isOn = (id: Id) => (Array.isArray(value) ? value.includes(id) : value === id);
  return (
    <View className='chips' role='group' aria-label={label}>
      {options.map((o) => (
        <View
          key={o.id}
          role='button'
          aria-pressed={isOn(o.id)}
          className={`chips__chip ${isOn(o.id) ? 'is-on' : ''}`}
          onClick={() => onChange(o.id)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}
