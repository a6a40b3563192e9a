import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Picker, Switch, View } from '@tarojs/components';
import {
  JIANGXI_CITIES,
  JOB_CATEGORIES,
  JOB_STATUS_LABELS,
  JOB_TAGS,
  SALARY_UNITS,
  jobCreateRequest,
  type JobPosting,
  type JobTag,
} from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import { jobsApi } from '../../../../api/jobs';
import { ApiError, errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { useSession } from '../../../../session/SessionContext';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../../utils/validation';
import { openPage } from '../../../../utils/nav';
import { CONSOLE_PAGES } from '../../routes';
import '../../console.scss';

import { LABELS, empty, fromPosting, toRequest, type Form } from '../../components/posting-form';

/** Create (no id) or edit (?id=) a posting; close and reopen it. Edits carry the version she loaded. */
export default function PostingForm() {
  const { params } = useRouter() as { params: Record<string, string | undefined> };
  const { user } = useSession();
  const [id, setId] = useState(params.id);
  const [posting, setPosting] = useState<JobPosting | null>(null);
  const [form, setForm] = useState<Form>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState('');

  const load = async (jobId: string) => {
    setLoadError('');
    try {
      const p = await jobsApi.get(jobId);
      setPosting(p);
      setForm(fromPosting(p));
      setConflict(false);
    } catch (e) {
      setLoadError(errorText(e));
    }
  };

  useEffect(() => {
    if (id && user?.role === 'staff') void load(id);
  }, [id, user]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
      setConflict(true);
      setNotice('');
      return;
    }
    if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields, LABELS));
    setNotice(errorText(e));
  };

  const save = async () => {
    setNotice('');
    const body = toRequest(form);
    const parsed = jobCreateRequest.safeParse(body);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, LABELS));
      setNotice('请按红字修改后再保存');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = posting
        ? await adminApi.patchJob(posting.id, { ...body, version: posting.version })
        : await adminApi.createJob(parsed.data);
      setPosting(saved);
      setForm(fromPosting(saved));
      setId(saved.id);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setNotice('已保存。');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const toggleOpen = async () => {
    if (!posting) return;
    setBusy(true);
    setNotice('');
    try {
      const next = posting.status === 'open' ? await adminApi.closeJob(posting.id) : await adminApi.reopenJob(posting.id);
      setPosting(next);
      setForm(fromPosting(next));
      setNotice(next.status === 'open' ? '已重新开始招聘。' : '已停止招聘。');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const toggleTag = (t: JobTag) => set('tags', form.tags.includes(t) ? form.tags.filter((x) => x !== t) : [...form.tags, t]);

  return (
    <Screen title={id ? '修改岗位' : '发布岗位'} load={{ error: loadError, retry: id ? () => void load(id) : undefined }}>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        {posting && (
          <View className='console-row'>
            <View>状态：{JOB_STATUS_LABELS[posting.status]}</View>
            <Button className='btn plain small' disabled={busy} onClick={toggleOpen}>
              {posting.status === 'open' ? '停止招聘' : '重新开始招聘'}
            </Button>
            <Button className='btn plain small' onClick={() => void openPage(`${CONSOLE_PAGES.intentions}?jobId=${posting.id}`)}>
              就业意向
            </Button>
          </View>
        )}
        {conflict && (
          <View className='console-notice' role='alert'>
            <View>别人在您之前保存了这个岗位。请重新载入，看过最新内容后再修改。</View>
            <Button className='btn plain small' onClick={() => posting && void load(posting.id)}>
              重新载入
            </Button>
          </View>
        )}
        <TextField label='岗位名称' placeholder='如：家政服务员' value={form.title} maxlength={40} onInput={(v) => set('title', v)} error={errors.title} />
        <TextField label='单位名称' placeholder='如：南昌巾帼家政公司' value={form.employerName} maxlength={40} onInput={(v) => set('employerName', v)} error={errors.employer} />
        <View className='console-check'>
          <Switch checked={form.womenLed} onChange={(e) => set('womenLed', Boolean(e.detail.value))} />
          <View>妇字号（女性创办的企业）</View>
        </View>
        <View className='console-check'>
          <Switch checked={form.verified} onChange={(e) => set('verified', Boolean(e.detail.value))} />
          <View>已核验营业执照</View>
        </View>
        <Chips label='城市' options={JIANGXI_CITIES} value={form.city} onChange={(c) => set('city', c)} />
        {errors.city && <View className='error-text'>{errors.city}</View>}
        <TextField label='区县' placeholder='如：东湖区' value={form.district} maxlength={20} onInput={(v) => set('district', v)} error={errors.district} />
        <TextField label='工作地址' placeholder='如：八一大道 1 号' value={form.address} maxlength={80} onInput={(v) => set('address', v)} error={errors.address} />
        <View className='label'>工种</View>
        <Chips label='工种' options={JOB_CATEGORIES} value={form.category} onChange={(c) => set('category', c)} />
        <TextField label='最低工资（元）' placeholder='如：3500' type='number' value={form.min} onInput={(v) => set('min', v)} />
        <TextField label='最高工资（元）' placeholder='如：5000' type='number' value={form.max} onInput={(v) => set('max', v)} error={errors.salary} />
        <Chips label='工资单位' options={SALARY_UNITS} value={form.unit} onChange={(u) => set('unit', u)} />
        <TextField label='招聘人数' type='number' value={form.headcount} onInput={(v) => set('headcount', v)} error={errors.headcount} />
        <TextField label='工作内容' placeholder='每天做什么' multiline value={form.duties} maxlength={1000} onInput={(v) => set('duties', v)} error={errors.duties} />
        <TextField
          label='任职要求'
          placeholder='对求职者的要求'
          multiline
          value={form.requirements}
          maxlength={1000}
          onInput={(v) => set('requirements', v)}
          error={errors.requirements}
        />
        <View className='label'>福利（可多选）</View>
        <Chips label='福利' options={JOB_TAGS} value={form.tags} onChange={toggleTag} />
        <Picker mode='date' value={form.expiresOn} onChange={(e) => set('expiresOn', String(e.detail.value))}>
          <View className='btn plain small' role='button' aria-label='截止日期'>
            截止日期：{form.expiresOn}
          </View>
        </Picker>
        {errors.expiresAt && <View className='error-text'>{errors.expiresAt}</View>}
        {notice && <View className={notice.startsWith('已') ? 'console-ok' : 'error-text'}>{notice}</View>}
        <Button className='btn' disabled={busy} onClick={save}>
          保存
        </Button>
      </NeedLogin>
    </Screen>
  );
}
