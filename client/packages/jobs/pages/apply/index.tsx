import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { intentionRequest } from '../../../../../shared/jobs';
import { jobsApi } from '../../../../api/jobs';
import { ApiError, errorText } from '../../../../api/http';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { useLoaded } from '../../../../hooks/useLoaded';
import { useSession } from '../../../../session/SessionContext';
import { findMyIntention } from '../../../../utils/mine';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../../utils/validation';
import { openPage, PAGES } from '../../../../utils/nav';
import Registered from '../../components/Registered';
import '../../jobs.scss';

interface Form {
  name: string;
  phone: string;
  message: string;
}

const LABELS = { name: '称呼', phone: '手机号', message: '想说的话' };
const NAME_MAX = 20;
const MESSAGE_MAX = 200;

function toRequest(form: Form) {
  return { name: form.name, phone: form.phone, ...(form.message.trim() ? { message: form.message } : {}) };
}

// Messages come from the shared schema (in Chinese), so the page and the API say the same thing.
function validate(form: Form): FieldErrors {
  const parsed = intentionRequest.safeParse(toRequest(form));
  return parsed.success ? {} : zodFieldErrors(parsed.error, LABELS);
}

function ApplyForm({ id, onDone }: { id: string; onDone: () => void }) {
  const [form, setForm] = useState<Form>({ name: '', phone: '', message: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);

  const update = (key: keyof Form, value: string) => {
    const next = { ...form, [key]: value };
    setForm(next);
    setErrors(validate(next));
  };
  const blur = (key: keyof Form) => setTouched((t) => ({ ...t, [key]: true }));
  const shown = (key: keyof Form) => (touched[key] ? errors[key] : undefined);

  const submit = async () => {
    const found = validate(form);
    setErrors(found);
    setTouched({ name: true, phone: true, message: true });
    if (Object.keys(found).length > 0) return;
    setSending(true);
    setFormError('');
    try {
      await jobsApi.apply(id, intentionRequest.parse(toRequest(form)));
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields, LABELS));
      setFormError(errorText(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <View>
      <TextField
        label='您的称呼'
        value={form.name}
        maxlength={NAME_MAX}
        placeholder='如：林女士'
        error={shown('name')}
        onInput={(v) => update('name', v)}
        onBlur={() => blur('name')}
      />
      <TextField
        label='手机号码'
        type='number'
        value={form.phone}
        maxlength={11}
        noCounter
        placeholder='11 位手机号码'
        error={shown('phone')}
        onInput={(v) => update('phone', v)}
        onBlur={() => blur('phone')}
      />
      <TextField
        label='想说的话（可以不填）'
        multiline
        value={form.message}
        maxlength={MESSAGE_MAX}
        placeholder='如：方便接电话的时间'
        error={shown('message')}
        onInput={(v) => update('message', v)}
        onBlur={() => blur('message')}
      />
      {formError && <View className='error-text'>{formError}</View>}
      <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
        提交报名
      </Button>
    </View>
  );
}

function Done() {
  return (
    <View className='card'>
      <View className='title'>报名成功</View>
      <View>妇联工作人员会尽快打电话和您联系，请留意来电。</View>
      <Button className='btn' onClick={() => openPage(PAGES.me)}>
        查看我的就业意向
      </Button>
      <Button className='btn plain' onClick={() => Taro.navigateBack().catch(() => openPage(PAGES.jobs))}>
        返回岗位
      </Button>
    </View>
  );
}

export default function Apply() {
  const id = useRouter().params.id ?? '';
  const { user } = useSession();
  const [done, setDone] = useState(false);
  const signedIn = user ? `${id}:${user.id}` : null;
  const job = useLoaded(() => jobsApi.get(id), signedIn);
  const mine = useLoaded(() => findMyIntention(id), user?.role === 'resident' ? signedIn : null);

  const body = () => {
    if (done) return <Done />;
    if (mine.data) return <Registered intention={mine.data} />;
    return (
      <View>
        <View className='muted' style={{ marginBottom: '12px' }}>
          {job.data ? `${job.data.employer.name}　` : ''}只有妇联工作人员能看到您填的信息。
        </View>
        <ApplyForm id={id} onDone={() => setDone(true)} />
      </View>
    );
  };

  return (
    <Screen title={done ? undefined : `报名：${job.data ? job.data.title : '…'}`}>
      <NeedLogin line='报名前请先登录。' roles={['resident']} roleLine='只有居民账号可以报名岗位。'>
        {job.error || mine.error || mine.loading ? <LoadState loading={mine.loading} error={job.error || mine.error} retry={job.error ? job.reload : mine.reload} /> : body()}
      </NeedLogin>
    </Screen>
  );
}
