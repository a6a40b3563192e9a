import { Input, Textarea, View } from '@tarojs/components';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  /** The limit; a counter (12/200) shows under the box. */
  maxlength?: number;
  placeholder?: string;
  /** Shown under the box in red; the box turns red too. */
  error?: string;
  multiline?: boolean;
  /** Height of a multi-line box, e.g. '160px'. */
  height?: string;
  type?: 'text' | 'number' | 'digit' | 'idcard';
  /** Hide the counter (e.g. an 11-digit phone number). */
  noCounter?: boolean;
}

/**
 * A labelled text box with its limit counter and its error line: one look for every
 * form (报名, 提问, 预约, 申请).
 */
export default function TextField({ label, value, onInput, onBlur, maxlength, placeholder, error, multiline, height, type, noCounter }: Props) {
  const common = {
    value,
    maxlength,
    placeholder,
    onInput: (e: { detail: { value: string } }) => onInput(e.detail.value),
    onBlur: () => onBlur?.(),
  };
  return (
    <View className={`field ${error ? 'invalid' : ''}`}>
      <View className='label'>{label}</View>
      {multiline ? (
        <Textarea className='textarea' style={height ? { height } : undefined} {...common} />
      ) : (
        <Input className='input' type={type ?? 'text'} {...common} />
      )}
      {maxlength !== undefined && !noCounter && (
        <View className={`counter ${value.length > maxlength ? 'is-over' : ''}`}>
          {value.length}/{maxlength}
        </View>
      )}
      {error && <View className='error-text'>{error}</View>}
    </View>
  );
}
