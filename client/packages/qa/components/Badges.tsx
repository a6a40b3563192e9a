import { Text } from '@tarojs/components';
import type { QuestionStatus } from '../../../../shared/qa';
import { STATUS_LABELS } from './labels';
import './qa.scss';

export function StatusBadge({ status }: { status: QuestionStatus }) {
  return <Text className={`qa-status qa-status--${status}`}>{STATUS_LABELS[status]}</Text>;
}

export function UrgentBadge() {
  return <Text className='qa-status qa-status--urgent'>紧急</Text>;
}
