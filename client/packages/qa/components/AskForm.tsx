import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import {
  askQuestionRequest,
  QUESTION_BODY_MAX,
  QUESTION_TITLE_MAX,
  QUESTIONS_PER_DAY,
  type AskQuestionRequest,
  type AskQuestionResponse,
} from '../../../../shared/qa';
import { isDangerous } from '../../../../shared/danger';
import { TOPIC_GROUPS, TOPICS, type TopicId } from '../../../../shared/topics';
import { JIANGXI_CITIES } from '../../../../shared/jobs';
import { qaApi } from '../../../api/qa';
import { ApiError, errorText } from '../../../api/http';
import ChoicePicker from '../../../components/ChoicePicker';
import TextField from '../../../components/TextField';
import { callPhone } from '../../../utils/nav';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../utils/validation';

export interface AskFormValues {
  title: string;
  body: string;
  topic: TopicId | null;
  city: string | null;
  anonymous: boolean;
}

const LABELS = { title: '问题', body: '具体情况', topic: '问题类型', city: '城市' };
const TOPIC_OPTIONS = TOPICS.map((t) => ({ id: t.id as TopicId, label: t.title, group: t.group as string }));

function toRequest(form: AskFormValues): AskQuestionRequest {
  return {
    title: form.title,
    body: form.body,
    anonymous: form.anonymous,
    ...(form.topic ? { topic: form.topic } : {}),
    ...(form.city ? { city: form.city } : {}),
  };
}

// Messages come from the shared schema, mapped to Chinese that names the field.
function validate(form: AskFormValues): FieldErrors {
  const parsed = askQuestionRequest.safeParse(toRequest(form));
  return parsed.success ? {} : zodFieldErrors(parsed.error, LABELS);
}

/** The message for a refused question comes from its code; a daily limit says when to come back. */
function askErrorText(e: unknown): string {
  if (e instanceof ApiError && e.code === 'RATE_LIMITED') return `今天提问次数用完了（每天最多 ${QUESTIONS_PER_DAY} 个），请明天再来。`;
  return errorText(e);
}

interface Props {
  initialTopic: TopicId | null;
  displayName: string;
  onAsked: (result: AskQuestionResponse) => void;
  onConsentNeeded: () => void;
}

/** The question form: one line, the story, optional topic and city, anonymous by default. */
export default function AskForm({ initialTopic, displayName, onAsked, onConsentNeeded }: Props) {
  const [form, setForm] = useState<AskFormValues>({ title: '', body: '', topic: initialTopic, city: null, anonymous: true });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);

  const update = <K extends keyof AskFormValues>(key: K, value: AskFormValues[K]) => {
    const next = { ...form, [key]: value };
    setForm(next);
    setErrors(validate(next));
  };
  const shown = (key: keyof AskFormValues) => (touched[key] ? errors[key] : undefined);

  const submit = async () => {
    const found = validate(form);
    setErrors(found);
    setTouched({ title: true, body: true });
    if (Object.keys(found).length > 0) return;
    setSending(true);
    setFormError('');
    try {
      onAsked(await qaApi.ask(askQuestionRequest.parse(toRequest(form))));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONSENT_REQUIRED') onConsentNeeded();
      if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields, LABELS));
      setTouched({ title: true, body: true });
      setFormError(askErrorText(e));
    } finally {
      setSending(false);
    }
  };

  const danger = isDangerous(`${form.title}\n${form.body}`);

  return (
    <View>
      <View className='muted' style={{ marginBottom: '12px' }}>
        把事情说清楚，律师才好回答。只有接手的志愿律师能看到。
      </View>

      {danger && (
        <View className='card' role='alert'>
          <View>如果您现在有危险，请先打 110。</View>
          <Button className='btn' onClick={() => callPhone('110')}>
            拨打 110
          </Button>
        </View>
      )}

      <TextField
        label='一句话说说您的问题'
        value={form.title}
        maxlength={QUESTION_TITLE_MAX}
        placeholder='如：他打我，我能申请保护令吗'
        error={shown('title')}
        onInput={(v) => update('title', v)}
        onBlur={() => setTouched((t) => ({ ...t, title: true }))}
      />
      <TextField
        label='具体发生了什么'
        multiline
        height='160px'
        value={form.body}
        maxlength={QUESTION_BODY_MAX}
        placeholder='发生了什么、多久了、您想怎么办。不用写名字和住址。'
        error={shown('body')}
        onInput={(v) => update('body', v)}
        onBlur={() => setTouched((t) => ({ ...t, body: true }))}
      />

      <ChoicePicker label='问题类型' value={form.topic} options={TOPIC_OPTIONS} groups={TOPIC_GROUPS} onChange={(v) => update('topic', v)} />
      {errors.topic && <View className='error-text'>{errors.topic}</View>}

      <ChoicePicker label='您在哪个城市' value={form.city} options={JIANGXI_CITIES} onChange={(v) => update('city', v)} />
      {errors.city && <View className='error-text'>{errors.city}</View>}

      <View className='field'>
        <View
          className={`qa-switch ${form.anonymous ? 'is-on' : ''}`}
          role='switch'
          aria-checked={form.anonymous}
          aria-label='匿名提问'
          onClick={() => update('anonymous', !form.anonymous)}
        >
          <Text>匿名提问{form.anonymous ? '（已打开）' : '（已关闭）'}</Text>
          <View className='qa-switch__knob' />
        </View>
        <View className='muted'>{form.anonymous ? '律师看不到您的名字。' : `律师会看到您的名字：${displayName}。`}</View>
      </View>

      {formError && <View className='error-text'>{formError}</View>}
      <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
        提交问题
      </Button>
    </View>
  );
}
