import { useRouter } from '@tarojs/taro';
import { Button, Switch, View } from '@tarojs/components';
import { FAIR_MODES, FAIR_STATUS_LABELS, JIANGXI_CITIES, fairCreateRequest } from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import { jobsApi } from '../../../../api/jobs';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { confirmDialog } from '../../../../utils/confirm';
import '../../console.scss';
import DateTimeRow from '../../components/DateTimeRow';
import { ConflictNotice, SaveNotice } from '../../components/EditNotices';
import FairPostings from '../../components/FairPostings';
import { LABELS, empty, fromFair, toRequest } from '../../components/fair-form';
import { useEditForm } from '../../hooks/useEditForm';

/** Create (no id) or manage (?id=) a fair: edit, cancel, add and remove postings. */
export default function FairForm() {
  const { params } = useRouter() as { params: Record<string, string | undefined> };
  // Writes answer the bare fair; the page shows it with its postings, so it reads that back.
  const edit = useEditForm({
    id: params.id,
    fetch: jobsApi.fair,
    empty,
    toForm: fromFair,
    toRequest,
    schema: fairCreateRequest,
    labels: LABELS,
    create: async (body) => jobsApi.fair((await adminApi.createFair(body)).id),
    update: async (f, body) => jobsApi.fair((await adminApi.patchFair(f.id, body)).id),
  });
  const { item: fair, form, set, errors, busy } = edit;

  const cancel = async () => {
    const ok = await confirmDialog({
      title: '取消招聘会',
      content: '取消后，登记了这个招聘会岗位的求职者会收到通知。确定取消吗？',
      confirmText: '取消招聘会',
    });
    if (!ok) return;
    await edit.run(
      async (f) => jobsApi.fair((await adminApi.cancelFair(f.id)).id),
      () => '已取消，并已通知登记过的求职者。',
    );
  };

  const cancelled = fair?.status === 'cancelled';
  return (
    <Screen title={edit.id ? '管理招聘会' : '新建招聘会'} load={edit.load}>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        {fair && <View className='muted'>状态：{FAIR_STATUS_LABELS[fair.status]}</View>}
        {edit.conflict && <ConflictNotice what='招聘会' onReload={() => void edit.reload()} />}
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
        <SaveNotice text={edit.notice} />
        {!cancelled && (
          <Button className='btn' disabled={busy} onClick={edit.save}>
            保存招聘会
          </Button>
        )}
        {fair && !cancelled && (
          <Button className='btn plain' disabled={busy} onClick={cancel}>
            取消招聘会
          </Button>
        )}
        {fair && !cancelled && <FairPostings fair={fair} onChanged={() => void edit.reload()} />}
      </NeedLogin>
    </Screen>
  );
}
