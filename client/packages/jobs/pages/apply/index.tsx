import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Textarea, View } from '@tarojs/components';
import { intentionRequest, type JobPosting } from '../../../../../shared/jobs';
import { jobsApi } from '../../../../api/jobs';
import { ApiError, errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../../utils/validation';
import { openPage, PAGES } from '../../../../utils/nav';
import '../../jobs.scss';

interface Form {
  name: string;
  phone: string;
  message: string;
}

function toRequest(form: Form) {
  return { name: form.name, phone: form.phone, ...(form.message.trim() ? { message: form.message } : {}) };
}

export default function Apply() {
  const id = useRouter().params.id ?? '';
  const { user } = useSession();
  const [job, setJob] = useState<JobPosting | null>(null);
  const [form, setForm] = useState<Form>({ name: '', phone: '', message: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    jobsApi.get(id).then(setJob, (e: unknown) => setFormError(errorText(e)));
  }, [id]);

  // Messages come from the shared schema, so the page and the API say the same thing.
  const validate = (next: Form): FieldErrors => {
    const parsed = intentionRequest.safeParse(toRequest(next));
    return parsed.success ? {} : zodFieldErrors(parsed.error);
  };

  const update = (key: keyof Form, value: string) => {
    const next = { ...form, [key]: value };
    setForm(next);
    setErrors(validate(next));
  };

  const blur = (key: keyof Form) => setTouched((t) => ({ ...t, [key]: true }));

  const submit = async () => {
    const found = validate(form);
    setErrors(found);
    setTouched({ name: true, phone: true, message: true });
    if (Object.keys(found).length > 0) return;
    setSending(true);
    setFormError('');
    try {
      await jobsApi.apply(id, intentionRequest.parse(toRequest(form)));
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields));
      setFormError(errorText(e));
    } finally {
      setSending(false);
    }
  };

  const shown = (key: keyof Form) => (touched[key] ? errors[key] : undefined);

  if (!user) {
    return (
      <View>
        <HelpStrip />
        <View className='page'>
          <View className='card'>
            <View>报名前请先登录。</View>
            <Button className='btn' onClick={() => openPage(PAGES.me)}>
              去登录
            </Button>
          </View>
        </View>
      </View>
    );
  }

  if (done) {
    return (
      <View>
        <HelpStrip />
        <View className='page'>
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
        </View>
      </View>
    );
  }

  const fieldClass = (key: keyof Form) => `field ${shown(key) ? 'invalid' : ''}`;

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>报名：{job ? job.title : '…'}</View>
        <View className='muted' style={{ marginBottom: '12px' }}>
          {job ? job.employer.name : ''}　只有妇联工作人员能看到您填的信息。
        </View>

        <View className={fieldClass('name')}>
          <View className='label'>您的称呼</View>
          <Input
            className='input'
            value={form.name}
            maxlength={20}
            placeholder='如：林女士'
            onInput={(e) => update('name', e.detail.value)}
            onBlur={() => blur('name')}
          />
          {shown('name') && <View className='error-text'>{shown('name')}</View>}
        </View>

        <View className={fieldClass('phone')}>
          <View className='label'>手机号码</View>
          <Input
            className='input'
            type='number'
            value={form.phone}
            maxlength={11}
            placeholder='11 位手机号码'
            onInput={(e) => update('phone', e.detail.value)}
            onBlur={() => blur('phone')}
          />
          {shown('phone') && <View className='error-text'>{shown('phone')}</View>}
        </View>

        <View className={fieldClass('message')}>
          <View className='label'>想说的话（可以不填）</View>
          <Textarea
            className='textarea'
            value={form.message}
            maxlength={200}
            placeholder='如：方便接电话的时间'
            onInput={(e) => update('message', e.detail.value)}
            onBlur={() => blur('message')}
          />
          {shown('message') && <View className='error-text'>{shown('message')}</View>}
        </View>

        {formError && <View className='error-text'>{formError}</View>}
        <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
          提交报名
        </Button>
      </View>
    </View>
  );
}
