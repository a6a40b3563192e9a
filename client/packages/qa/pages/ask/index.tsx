import { useCallback, useEffect, useState, type ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import {
  askQuestionRequest,
  QUESTION_BODY_MAX,
  QUESTION_TITLE_MAX,
  QUESTIONS_PER_DAY,
  type AskQuestionRequest,
  type AskQuestionResponse,
} from '../../../../../shared/qa';
import { isDangerous } from '../../../../../shared/danger';
import { isTopicId, TOPIC_GROUPS, TOPICS, type TopicId } from '../../../../../shared/topics';
import { JIANGXI_CITIES } from '../../../../../shared/jobs';
import { authApi } from '../../../../api/auth';
import { hasSensitiveInfoConsent, meApi } from '../../../../api/me';
import { qaApi } from '../../../../api/qa';
import { ApiError, errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { callPhone, openPage, PAGES } from '../../../../utils/nav';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../../utils/validation';
import SafetyCard from '../../components/SafetyCard';
import { QA_PAGES } from '../../components/pages';
import '../../components/qa.scss';

interface Form {
  title: string;
  body: string;
  topic: TopicId | null;
  city: string | null;
  anonymous: boolean;
}

type Step = 'checking' | 'consent' | 'form' | 'done' | 'error';

function toRequest(form: Form): AskQuestionRequest {
  return {
    title: form.title,
    body: form.body,
    anonymous: form.anonymous,
    ...(form.topic ? { topic: form.topic } : {}),
    ...(form.city ? { city: form.city } : {}),
  };
}

/** The message for a refused question comes from its code; a daily limit says when to come back. */
function askErrorText(e: unknown): string {
  if (e instanceof ApiError && e.code === 'RATE_LIMITED') return `今天提问次数用完了（每天最多 ${QUESTIONS_PER_DAY} 个），请明天再来。`;
  return errorText(e);
}

function Page({ children }: { children: ReactNode }) {
  return (
    <View>
      <HelpStrip />
      <View className='page'>{children}</View>
    </View>
  );
}

function Consent({ onAgreed }: { onAgreed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const agree = async () => {
    setBusy(true);
    setError('');
    try {
      await meApi.consentToSensitiveInfo();
      onAgreed();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <View className='title'>提问前，请先看一下</View>
      <View className='qa-article__line'>· 我们会保存你的问题，只给接手的志愿律师看。</View>
      <View className='qa-article__line'>· 内容加密保存，别人看不到。</View>
      <View className='qa-article__line'>· 你可以匿名，律师看不到你的名字。</View>
      <View className='qa-article__line'>· 不要写身份证号、家庭住址这些信息。</View>
      {error && <View className='error-text'>{error}</View>}
      <Button className='btn' loading={busy} disabled={busy} onClick={agree}>
        同意并继续
      </Button>
      <Button className='btn plain' onClick={() => Taro.navigateBack().catch(() => openPage(PAGES.qa))}>
        先不提问
      </Button>
    </View>
  );
}

function Choice<T extends string>({
  label,
  value,
  options,
  groups,
  onChange,
}: {
  label: string;
  value: T | null;
  options: readonly { id: T; label: string; group?: string }[];
  groups?: readonly { id: string; title: string }[];
  onChange: (v: T | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const current = options.find((o) => o.id === value);
  const pick = (v: T | null) => {
    onChange(v);
    setOpen(false);
  };
  const chips = (list: readonly { id: T; label: string }[]) => (
    <View className='qa-chips'>
      {list.map((o) => (
        <View
          key={o.id}
          role='option'
          aria-selected={o.id === value}
          className={`qa-chip ${o.id === value ? 'is-selected' : ''}`}
          onClick={() => pick(o.id)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
  return (
    <View className='field'>
      <View className='label'>{label}（可以不选）</View>
      <View className='qa-switch' role='button' aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        <Text>{current ? current.label : '不选'}</Text>
        <Text>{open ? '收起 ▴' : '选择 ▾'}</Text>
      </View>
      {open && (
        <View role='listbox' aria-label={label}>
          <View className='qa-chips'>
            <View role='option' aria-selected={value === null} className='qa-chip' onClick={() => pick(null)}>
              不选
            </View>
          </View>
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

const TOPIC_OPTIONS = TOPICS.map((t) => ({ id: t.id as TopicId, label: t.title, group: t.group as string }));

export default function Ask() {
  const params = useRouter().params;
  const { user } = useSession();
  const [step, setStep] = useState<Step>('checking');
  const [loadError, setLoadError] = useState('');
  const [form, setForm] = useState<Form>(() => ({
    title: '',
    body: '',
    topic: params.topic && isTopicId(params.topic) ? params.topic : null,
    city: null,
    anonymous: true,
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<AskQuestionResponse | null>(null);

  const check = useCallback(async () => {
    if (!user || user.role !== 'resident') return;
    setStep('checking');
    try {
      const me = await authApi.me();
      setStep(hasSensitiveInfoConsent(me) ? 'form' : 'consent');
    } catch (e) {
      setLoadError(errorText(e));
      setStep('error');
    }
  }, [user]);

  useEffect(() => {
    check();
  }, [check]);
  // The safety card must be the first thing she sees, not below a long form she scrolled down.
  useEffect(() => {
    if (step !== 'done') return;
    Promise.resolve()
      .then(() => Taro.pageScrollTo({ scrollTop: 0, duration: 0 }))
      .catch(() => undefined);
  }, [step]);

  // Messages come from the shared schema, so the page and the API say the same thing.
  const validate = (next: Form): FieldErrors => {
    const parsed = askQuestionRequest.safeParse(toRequest(next));
    return parsed.success ? {} : zodFieldErrors(parsed.error);
  };

  const update = <K extends keyof Form>(key: K, value: Form[K]) => {
    const next = { ...form, [key]: value };
    setForm(next);
    setErrors(validate(next));
  };

  const submit = async () => {
    const found = validate(form);
    setErrors(found);
    setTouched({ title: true, body: true });
    if (Object.keys(found).length > 0) return;
    setSending(true);
    setFormError('');
    try {
      setResult(await qaApi.ask(askQuestionRequest.parse(toRequest(form))));
      setStep('done');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONSENT_REQUIRED') setStep('consent');
      if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields));
      setTouched({ title: true, body: true });
      setFormError(askErrorText(e));
    } finally {
      setSending(false);
    }
  };

  if (!user) {
    return (
      <Page>
        <View className='card'>
          <View>提问前请先登录。登录后回到这里就能提问。</View>
          <Button className='btn' onClick={() => openPage(PAGES.me)}>
            去登录
          </Button>
        </View>
      </Page>
    );
  }
  if (user.role !== 'resident') {
    return (
      <Page>
        <View className='card'>现在登录的是{user.role === 'volunteer' ? '志愿者' : '工作人员'}账号，只有居民账号可以提问。</View>
      </Page>
    );
  }
  if (step === 'checking') return <Page>{<View className='state'>正在加载…</View>}</Page>;
  if (step === 'error') {
    return (
      <Page>
        <View className='state'>
          <View className='error-text'>{loadError}</View>
          <Button className='btn plain' onClick={check}>
            重试
          </Button>
        </View>
      </Page>
    );
  }
  if (step === 'consent') return <Page>{<Consent onAgreed={() => setStep('form')} />}</Page>;

  if (step === 'done' && result) {
    return (
      <Page>
        {result.safety && <SafetyCard safety={result.safety} />}
        <View className='card'>
          <View className='title'>已提交</View>
          <View>已提交，志愿律师接手后会通知你。</View>
          <View className='muted'>你可以在“我的提问”里看进展。</View>
          <Button className='btn' onClick={() => openPage(QA_PAGES.thread(result.question.id))}>
            查看我的提问
          </Button>
          <Button className='btn plain' onClick={() => openPage(PAGES.qa)}>
            返回问答
          </Button>
        </View>
      </Page>
    );
  }

  const shown = (key: keyof Form) => (touched[key] ? errors[key] : undefined);
  const fieldClass = (key: keyof Form) => `field ${shown(key) ? 'invalid' : ''}`;
  const danger = isDangerous(`${form.title}\n${form.body}`);

  return (
    <Page>
      <View className='title'>向志愿律师提问</View>
      <View className='muted' style={{ marginBottom: '12px' }}>
        把事情说清楚，律师才好回答。只有接手的志愿律师能看到。
      </View>

      {danger && (
        <View className='card' role='alert'>
          <View>如果你现在有危险，请先打 110。</View>
          <Button className='btn' onClick={() => callPhone('110')}>
            拨打 110
          </Button>
        </View>
      )}

      <View className={fieldClass('title')}>
        <View className='label'>一句话说说你的问题</View>
        <Input
          className='input'
          value={form.title}
          maxlength={QUESTION_TITLE_MAX}
          placeholder='如：他打我，我能申请保护令吗'
          onInput={(e) => update('title', e.detail.value)}
          onBlur={() => setTouched((t) => ({ ...t, title: true }))}
        />
        <View className={`qa-counter ${form.title.length > QUESTION_TITLE_MAX ? 'is-over' : ''}`}>
          {form.title.length}/{QUESTION_TITLE_MAX}
        </View>
        {shown('title') && <View className='error-text'>{shown('title')}</View>}
      </View>

      <View className={fieldClass('body')}>
        <View className='label'>具体发生了什么</View>
        <Textarea
          className='textarea'
          style={{ height: '160px' }}
          value={form.body}
          maxlength={QUESTION_BODY_MAX}
          placeholder='发生了什么、多久了、你想怎么办。不用写名字和住址。'
          onInput={(e) => update('body', e.detail.value)}
          onBlur={() => setTouched((t) => ({ ...t, body: true }))}
        />
        <View className={`qa-counter ${form.body.length > QUESTION_BODY_MAX ? 'is-over' : ''}`}>
          {form.body.length}/{QUESTION_BODY_MAX}
        </View>
        {shown('body') && <View className='error-text'>{shown('body')}</View>}
      </View>

      <Choice
        label='问题类型'
        value={form.topic}
        options={TOPIC_OPTIONS}
        groups={TOPIC_GROUPS}
        onChange={(v) => update('topic', v)}
      />
      {errors.topic && <View className='error-text'>{errors.topic}</View>}

      <Choice label='你在哪个城市' value={form.city} options={JIANGXI_CITIES} onChange={(v) => update('city', v)} />
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
        <View className='muted'>
          {form.anonymous ? '律师看不到你的名字。' : `律师会看到你的名字：${user.displayName}。`}
        </View>
      </View>

      {formError && <View className='error-text'>{formError}</View>}
      <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
        提交问题
      </Button>
    </Page>
  );
}
