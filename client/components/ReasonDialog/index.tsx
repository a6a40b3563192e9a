import { useState, type ReactNode } from 'react';
import { Button, Textarea, View } from '@tarojs/components';
import './index.scss';

export const REASON_MAX = 200;

interface Props {
  title: string;
  message?: string;
  placeholder: string;
  confirmText: string;
  /** A reason is required (e.g. staff rejecting an application). */
  required?: boolean;
  busy?: boolean;
  error?: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  /** More choices shown above the reason box. */
  children?: ReactNode;
}

/**
 * A confirm dialog with a short reason box, in the brand colours; works the same in
 * WeChat and in the browser. Pair it with `useReasonDialog` (client/hooks).
 */
export default function ReasonDialog(props: Props) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const confirm = () => {
    if (props.required && !reason.trim()) {
      setMissing(true);
      return;
    }
    props.onConfirm(reason.trim());
  };

  return (
    <View className='dialog'>
      <View className='dialog__box' role='dialog' aria-label={props.title}>
        <View className='dialog__title'>{props.title}</View>
        {props.message && <View className='dialog__message'>{props.message}</View>}
        {props.children}
        <View className={`field ${missing ? 'invalid' : ''}`}>
          <Textarea
            className='textarea'
            value={reason}
            maxlength={REASON_MAX}
            placeholder={props.placeholder}
            onInput={(e) => {
              setReason(e.detail.value);
              setMissing(false);
            }}
          />
          <View className='counter'>
            {reason.length}/{REASON_MAX}
          </View>
          {missing && <View className='error-text'>请写上原因</View>}
        </View>
        {props.error && <View className='error-text'>{props.error}</View>}
        <Button className='btn' loading={props.busy} disabled={props.busy} onClick={confirm}>
          {props.confirmText}
        </Button>
        <Button className='btn plain' disabled={props.busy} onClick={props.onClose}>
          再想想
        </Button>
      </View>
    </View>
  );
}
