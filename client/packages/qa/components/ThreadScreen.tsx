import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { MESSAGE_BODY_MAX, postMessageRequest, type QuestionThread, type SafetyAdvice, type ThreadMessage } from '../../../../shared/qa';
import { qaApi } from '../../../api/qa';
import { ApiError, errorText } from '../../../api/http';
import { dateTimeLabel } from '../../../utils/format';
import { zodFieldErrors } from '../../../utils/validation';
import { StatusBadge, UrgentBadge } from './Badges';
import SafetyCard from './SafetyCard';
import { cityLabel, topicLabel } from './labels';
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
      setDraftError(zodFieldErrors(parsed.error).body ?? '');
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
      setDraftError(e instanceof ApiError && e.fields.length ? (e.fields[0]?.message ?? errorText(e)) : errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const close = async () => {
    const { confirm } = await Taro.showModal({
      title: '结束问题',
      content: '结束以后就不能再留言了。确定结束吗？',
      confirmText: '结束',
      cancelText: '不结束',
    });
    if (!confirm) return;
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
    const { confirm } = await Taro.showModal({
      title: '放回队列',
      content: '放回以后，别的志愿者可以接手这个问题。确定放回吗？',
      confirmText: '放回',
      cancelText: '不放回',
    });
    if (!confirm) return;
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
      Taro.showToast({ title: '谢谢你的评价', icon: 'none' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };

  if (status === 'loading') return <View className='state'>正在加载…</View>;
  if (status === 'error' || !thread) {
    return (
      <View className='state'>
        <View className='error-text'>{error}</View>
        <Button className='btn plain' onClick={load}>
          重试
        </Button>
      </View>
    );
  }

  const isAsker = thread.viewer === 'asker';
  const open = thread.status !== 'closed';
  const answered = thread.messages.some((m) => m.from === 'volunteer');

  return (
    <View className='qa-thread'>
      {safety && <SafetyCard safety={safety} />}
      <View className='card'>
        <View>
          {thread.urgent && <UrgentBadge />}
          <StatusBadge status={thread.status} />
        </View>
        <View className='qa-row__title'>{thread.title}</View>
        <View className='qa-row__line'>
          {topicLabel(thread.topic)}
          {thread.city ? ` · ${cityLabel(thread.city)}` : ''} · {dateTimeLabel(thread.createdAt)}
        </View>
        <View className='qa-row__line'>
          {isAsker
            ? thread.volunteerName
              ? `接手的志愿律师：${thread.volunteerName}`
              : '还在等志愿律师接手，接手后会通知你。'
            : `提问人：${thread.askerName}`}
        </View>
      </View>

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

      {isAsker && answered && (
        <View className='card'>
          {thread.helpful === null ? (
            <View>
              <View className='qa-article__h'>律师的回答对你有帮助吗？</View>
              <View className='qa-thread__feedback'>
                <Button className='btn' disabled={busy !== null} onClick={() => feedback(true)}>
                  有帮助
                </Button>
                <Button className='btn plain' disabled={busy !== null} onClick={() => feedback(false)}>
                  没帮助
                </Button>
              </View>
            </View>
          ) : (
            <View className='muted'>{thread.helpful ? '你评价了：有帮助。谢谢！' : '你评价了：没帮助。我们会改进。'}</View>
          )}
        </View>
      )}

      {open && (
        <View className={`field ${draftError ? 'invalid' : ''}`}>
          <View className='label'>{isAsker ? '补充或回复' : '回复居民'}</View>
          <Textarea
            className='textarea'
            value={draft}
            maxlength={MESSAGE_BODY_MAX}
            placeholder={isAsker ? '想补充的情况，或想问律师的话' : '用简单的话回答，告诉她下一步做什么'}
            onInput={(e) => setDraft(e.detail.value)}
          />
          <View className={`qa-counter ${draft.length > MESSAGE_BODY_MAX ? 'is-over' : ''}`}>
            {draft.length}/{MESSAGE_BODY_MAX}
          </View>
          {draftError && <View className='error-text'>{draftError}</View>}
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
