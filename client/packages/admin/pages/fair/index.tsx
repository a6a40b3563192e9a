import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Switch, View } from '@tarojs/components';
import {
  FAIR_MODES,
  FAIR_STATUS_LABELS,
  JIANGXI_CITIES,
  fairCreateRequest,
  type FairDetail,
} from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import { ApiError, errorText } from '../../../../api/http';
import { jobsApi } from '../../../../api/jobs';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { useSession } from '../../../../session/SessionContext';
import { confirmDialog } from '../../../../utils/confirm';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../../utils/validation';
import '../../console.scss';
import DateTimeRow from '../../components/DateTimeRow';
import FairPostings from '../../components/FairPostings';
import { LABELS, empty, fromFair, toRequest, type Form } from '../../components/fair-form';

/** Create (no id) or manage (?id=) a fair: edit, cancel, add and remove postings. */
export default function FairForm() {
  const { params } = useRouter() as { params: Record<string, string | undefined> };
  const { user } = useSession();
  const [id, setId] = useState(params.id);
  const [fair, setFair] = useState<FairDetail | null>(null);
  const [form, setForm] = useState<Form>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const load = async (fairId: string) => {
    try {
      const f = await jobsApi.fair(fairId);
      setFair(f);
      setForm(fromFair(f));
    } catch (e) {
      setNotice(errorText(e));
    }
  };
  useEffect(() => {
    if (id && user?.role === 'staff') void load(id);
  }, [id, user]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    setNotice('');
    const body = toRequest(form);
    const parsed = fairCreateRequest.safeParse(body);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, LABELS));
      setNotice('请按红字修改后再保存');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = fair ? await adminApi.patchFair(fair.id, { ...body, version: fair.version }) : await adminApi.createFair(parsed.data);
      setId(saved.id);
      await load(saved.id);
      setNotice('已保存。');
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') setNotice('别人在您之前保存了这个招聘会。请重新打开本页，看过最新内容后再修改。');
      else {
        if (e instanceof ApiError) setErrors(apiFieldErrors(e.fields, LABELS));
        setNotice(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (!fair) return;
    const ok = await confirmDialog({
      title: '取消招聘会',
      content: '取消后，登记了这个招聘会岗位的求职者会收到通知。确定取消吗？',
      confirmText: '取消招聘会',
    });
    if (!ok) return;
    try {
      await adminApi.cancelFair(fair.id);
      await load(fair.id);
      setNotice('已取消，并已通知登记过的求职者。');
    } catch (e) {
      setNotice(errorText(e));
    }
  };

  const cancelled = fair?.status === 'cancelled';
  return (
    <Screen title={id ? '管理招聘会' : '新建招聘会'}>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        {fair && <View className='muted'>状态：{FAIR_STATUS_LABELS[fair.status]}</View>}
        <TextField label='名称' placeholder='如：春风行动女性专场招聘会' value={form.title} maxlength={40} onInput={(v) => set('title', v)} error={errors.title} />
        <TextField label='主办单位' placeholder='如：南昌市妇联' value={form.organiser} maxlength={40} onInput={(v) => set('organiser', v)} error={errors.organiser} />
        <DateTimeRow label='开始' day={form.startDay} time={form.startTime} onDay={(v) => set('startDay', v)} onTime={(v) => set('startTime', v)} />
        <DateTimeRow label='结束' day={form.endDay} time={form.endTime} onDay={(v) => set('endDay', v)} onTime={(v) => set('endTime', v)} />
        {errors.endAt && <View className='error-text'>{errors.endAt}</View>}
        <View className='label'>方式</View>
        <Chips label='方式' options={FAIR_MODES} value={form.mode} onChange={(m) => set('mode', m)} />
        {form.mode !== 'online' && (
          <TextField label='地点' placeholder='如：南昌市民中心' value={form.venue} maxlength={80} onInput={(v) => set('venue', v)} error={errors.venue} />
        )}
        <View className='label'>城市</View>
        <Chips label='城市' options={JIANGXI_CITIES} value={form.city} onChange={(c) => set('city', c)} />
        <TextField label='介绍' placeholder='招聘会的安排' multiline value={form.description} maxlength={1000} onInput={(v) => set('description', v)} error={errors.description} />
        <View className='console-check'>
          <Switch checked={form.womenSpecial} onChange={(e) => set('womenSpecial', Boolean(e.detail.value))} />
          <View>女性专场</View>
        </View>
        {notice && <View className={notice.startsWith('已') ? 'console-ok' : 'error-text'}>{notice}</View>}
        {!cancelled && (
          <Button className='btn' disabled={busy} onClick={save}>
            保存招聘会
          </Button>
        )}
        {fair && !cancelled && (
          <Button className='btn plain' onClick={cancel}>
            取消招聘会
          </Button>
        )}
        {fair && !cancelled && <FairPostings fair={fair} onChanged={() => void load(fair.id)} />}
      </NeedLogin>
    </Screen>
  );
}
