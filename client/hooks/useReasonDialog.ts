import { useCallback, useState } from 'react';
import { errorText } from '../api/http';

/**
 * The state behind one `<ReasonDialog>`: what it is about, whether the action is
 * running, and the error to show inside the dialog. `act` does the work for the
 * chosen target; when it returns the dialog closes, when it throws the dialog
 * stays open with the message (an action can close it itself on a special case).
 *
 *   const cancel = useReasonDialog<Booking>(async (b, reason) => { await api.cancel(b.id, reason); });
 *   <Button onClick={() => cancel.open(b)}>取消预约</Button>
 *   {cancel.target && <ReasonDialog {...cancel.dialogProps} title='…' … />}
 */
export function useReasonDialog<T>(act: (target: T, reason: string) => Promise<void>) {
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const open = useCallback((t: T) => {
    setError('');
    setTarget(t);
  }, []);

  const close = useCallback(() => {
    setError('');
    setTarget(null);
  }, []);

  const confirm = async (reason: string) => {
    if (target === null) return;
    setBusy(true);
    setError('');
    try {
      await act(target, reason);
      setTarget(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return { target, busy, error, open, close, confirm, dialogProps: { busy, error, onConfirm: confirm, onClose: close } };
}

export type ReasonDialogState<T> = ReturnType<typeof useReasonDialog<T>>;
