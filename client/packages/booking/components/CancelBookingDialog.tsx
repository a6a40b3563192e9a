import type { ReactNode } from 'react';
import ReasonDialog from '../../../components/ReasonDialog';
import type { ReasonDialogState } from '../../../hooks/useReasonDialog';

interface Props<T> {
  /** The `useReasonDialog` of the page: open while it has a target. */
  dialog: ReasonDialogState<T>;
  /** What cancelling does for whoever reads it (the resident, the volunteer). */
  message: string;
  placeholder: string;
  required?: boolean;
  children?: ReactNode;
}

/** 取消这次预约？: the one dialog for cancelling a booking, from either side of it. */
export default function CancelBookingDialog<T>({ dialog, ...text }: Props<T>) {
  if (dialog.target === null) return null;
  return <ReasonDialog {...dialog.dialogProps} title='取消这次预约？' confirmText='确定取消' {...text} />;
}
