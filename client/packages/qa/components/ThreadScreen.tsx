import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { MESSAGE_BODY_MAX, postMessageRequest, type QuestionThread, type SafetyAdvice, type ThreadMessage } from '../../../../shared/qa';
import { qaApi } from '../../../api/qa';
import { ApiError, errorText } from '../../../api/http';
import { dateTimeLabel } from '../../../utils/format';
import { confirmDialog } from '../../../utils/confirm';
import { apiFieldErrors, zodFieldErrors } from '../../../utils/validation';
import { LoadState } from '../../../components/Screen';
import TextField from '../../../components/TextField';
import Feedback from './Feedback';
import ThreadHead from './ThreadHead';
import SafetyCard from './SafetyCard';
import ReferralProposal from '../../referral/components/ReferralProposal';
import './qa.scss';

type Status = 'loading' | 'ready' | 'error';

function whoLabel(m: ThreadMessage, thread: QuestionThread): string {
  if (m.from === thread.viewer) return '我';
  if (m.from === 'volunteer') return thread.volunteerName ?? '志愿律师';
  return thread.askerName;
}

/**
 * One question with its thread, for the woman who asked it and for the volunteer who
 * claimed it: the API says who is looking (`viewer`), which decides the buttons.
 */
export default function ThreadScreen({ id, onReleased }: { id: string; onReleased?: () => void }) {
  const [thread, setThread] = useState<QuestionThread | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState('');
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState('');
  const [busy, setBusy] = useState<'send' | 'close' | 'release' | 'feedback' | null>(null);
  const [safety, setSafety] = useState<SafetyAdvice | null>(null);

  const load = useCallback(async () => {
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    try {
      setThread(await qaApi.thread(id));
      setStatus('ready');
    } catch (e) {
      setError(errorText(e));
      setStatus('error');
    }
  }, [id]);

  useEffect(() => {
    load();
  }, [load]);
  useDidShow(() => {
    load();
  });

  const send = async () => {
    const parsed = postMessageRequest.safeParse({ body: draft });
    if (!parsed.success) {
      setDraftError(zodFieldErrors(parsed.error, { body: '回复' }).body ?? '');
      return;
    }
    setBusy('send');
    setDraftError('');
    try {
      const sent = await qaApi.reply(id, parsed.data.body);
      setDraft('');
      // Danger in what she just wrote: the numbers to call come first, before the thread reloads.
      if (sent.safety) {
        setSafety(sent.safety);
        Promise.resolve()
          .then(() => Taro.pageScrollTo({ scrollTop: 0, duration: 0 }))
          .catch(() => undefined);
      }
      await load();
    } catch (e) {
      setDraftError(e instanceof ApiError && e.fields.length ? (apiFieldErrors(e.fields, { body: '回复' }).body ?? errorText(e)) : errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const close = async () => {
    const yes = await confirmDialog({
      title: '结束问题',
      content: '结束以后就不能再留言了。确定结束吗？',
      confirmText: '结束',
      cancelText: '不结束',
    });
    if (!yes) return;
    setBusy('close');
    try {
      await qaApi.close(id);
      await load();
      Taro.showToast({ title: '已结束', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };

  const release = async () => {
    const yes = await confirmDialog({
      title: '放回队列',
      content: '放回以后，别的志愿者可以接手这个问题。确定放回吗？',
      confirmText: '放回',
      cancelText: '不放回',
    });
    if (!yes) return;
    setBusy('release');
    try {
      await qaApi.release(id);
      Taro.showToast({ title: '已放回队列', icon: 'success' });
      onReleased?.();
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };

  const feedback = async (helpful: boolean) => {
    setBusy('feedback');
    try {
      const q = await qaApi.feedback(id, helpful);
      setThread((t) => (t ? { ...t, helpful: q.helpful } : t));
      Taro.showToast({ title: '谢谢您的评价', icon: 'none' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };

  if (status !== 'ready' || !thread) return <LoadState loading={status === 'loading'} error={error} retry={load} />;

  const isAsker = thread.viewer === 'asker';
  const open = thread.status !== 'closed';
  const answered = thread.messages.some((m) => m.from === 'volunteer');

  return (
    <View className='qa-thread'>
      {safety && <SafetyCard safety={safety} />}
      <ThreadHead thread={thread} />

      <View className={`qa-thread__bubble ${isAsker ? 'qa-thread__bubble--mine' : ''}`}>
        <View className='qa-thread__who'>{isAsker ? '我的问题' : '居民的问题'}</View>
        <Text className='qa-thread__body'>{thread.body}</Text>
      </View>
      {thread.messages.map((m) => (
        <View key={m.id} className={`qa-thread__bubble ${m.from === thread.viewer ? 'qa-thread__bubble--mine' : ''}`}>
          <View className='qa-thread__who'>
            {whoLabel(m, thread)} · {dateTimeLabel(m.createdAt)}
          </View>
          <Text className='qa-thread__body'>{m.body}</Text>
        </View>
      ))}

      {isAsker && answered && <Feedback helpful={thread.helpful} busy={busy !== null} onFeedback={feedback} />}

      {(isAsker || thread.status === 'claimed') && <ReferralProposal source={{ questionId: id }} as={isAsker ? 'resident' : 'volunteer'} />}

      {open && (
        <View>
          <TextField
            label={isAsker ? '补充或回复' : '回复居民'}
            multiline
            value={draft}
            maxlength={MESSAGE_BODY_MAX}
            placeholder={isAsker ? '想补充的情况，或想问律师的话' : '用简单的话回答，告诉她下一步做什么'}
            error={draftError}
            onInput={setDraft}
          />
          <Button className='btn' loading={busy === 'send'} disabled={busy !== null} onClick={send}>
            发送
          </Button>
        </View>
      )}

      {open && !isAsker && (
        <Button className='btn plain' loading={busy === 'release'} disabled={busy !== null} onClick={release}>
          放回队列
        </Button>
      )}
      {open && (
        <Button className='btn plain' loading={busy === 'close'} disabled={busy !== null} onClick={close}>
          结束这个问题
        </Button>
      )}
      {!open && <View className='state'>这个问题已经结束了。</View>}
    </View>
  );
}
