import { useRouter } from '@tarojs/taro';
import { Button, Picker, Switch, View } from '@tarojs/components';
import {
  JIANGXI_CITIES,
  JOB_CATEGORIES,
  JOB_STATUS_LABELS,
  JOB_TAGS,
  SALARY_UNITS,
  jobCreateRequest,
  type JobTag,
} from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import { jobsApi } from '../../../../api/jobs';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { openPage } from '../../../../utils/nav';
import { CONSOLE_PAGES } from '../../routes';
import '../../console.scss';
import { ConflictNotice, SaveNotice } from '../../components/EditNotices';
import { LABELS, empty, fromPosting, toRequest } from '../../components/posting-form';
import { useEditForm } from '../../hooks/useEditForm';

/** Create (no id) or edit (?id=) a posting; close and reopen it. Edits carry the version she loaded. */
export default function PostingForm() {
  const { params } = useRouter() as { params: Record<string, string | undefined> };
  const edit = useEditForm({
    id: params.id,
    fetch: jobsApi.get,
    empty,
    toForm: fromPosting,
    toRequest,
    schema: jobCreateRequest,
    labels: LABELS,
    create: adminApi.createJob,
    update: (p, body) => adminApi.patchJob(p.id, body),
  });
  const { item: posting, form, set, errors, busy } = edit;

  const toggleOpen = () =>
    edit.run(
      (p) => (p.status === 'open' ? adminApi.closeJob(p.id) : adminApi.reopenJob(p.id)),
      (next) => (next.status === 'open' ? '已重新开始招聘。' : '已停止招聘。'),
    );

  const toggleTag = (t: JobTag) => set('tags', form.tags.includes(t) ? form.tags.filter((x) => x !== t) : [...form.tags, t]);

  return (
    <Screen title={edit.id ? '修改岗位' : '发布岗位'} load={edit.load}>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        {posting && (
          <View className='console-row'>
            <View>状态：{JOB_STATUS_LABELS[posting.status]}</View>
            <Button className='btn plain small' disabled={busy} onClick={() => void toggleOpen()}>
              {posting.status === 'open' ? '停止招聘' : '重新开始招聘'}
            </Button>
            <Button className='btn plain small' onClick={() => void openPage(`${CONSOLE_PAGES.intentions}?jobId=${posting.id}`)}>
              就业意向
            </Button>
          </View>
        )}
        {edit.conflict && <ConflictNotice what='岗位' onReload={() => void edit.reload()} />}
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
        <SaveNotice text={edit.notice} />
        <Button className='btn' disabled={busy} onClick={edit.save}>
          保存
        </Button>
      </NeedLogin>
    </Screen>
  );
}
