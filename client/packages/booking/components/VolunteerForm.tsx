import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import {
  PROFESSIONS,
  volunteerApplyRequest,
  type MyVolunteerResponse,
  type Profession,
  type VolunteerApplication,
} from '../../../../shared/bookings';
import { JIANGXI_CITIES, type CityId } from '../../../../shared/jobs';
import type { TopicId } from '../../../../shared/topics';
import { bookingsApi } from '../../../api/bookings';
import { ApiError, errorText } from '../../../api/http';
import Chips from '../../../components/Chips';
import TextField from '../../../components/TextField';
import TopicPicker from '../../../components/TopicPicker';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../utils/validation';

interface Form {
  realName: string;
  profession: Profession | null;
  licenceNo: string;
  organisation: string;
  specialities: TopicId[];
  city: CityId | null;
  district: string;
  bio: string;
}

const EMPTY: Form = {
  realName: '',
  profession: null,
  licenceNo: '',
  organisation: '',
  specialities: [],
  city: null,
  district: '',
  bio: '',
};

const LABELS = {
  realName: '真实姓名',
  profession: '职业',
  licenceNo: '证件号',
  organisation: '工作单位',
  specialities: '擅长的方面',
  city: '所在城市',
  district: '所在区县',
  bio: '简单介绍',
};

export function fromApplication(a: VolunteerApplication): Form {
  // The licence number is never sent back in full, so she types it again.
  return { ...a, licenceNo: '', bio: a.bio ?? '' };
}

function toRequest(f: Form) {
  return {
    realName: f.realName,
    profession: f.profession ?? undefined,
    licenceNo: f.licenceNo,
    organisation: f.organisation,
    specialities: f.specialities,
    city: f.city ?? undefined,
    district: f.district,
    ...(f.bio.trim() ? { bio: f.bio } : {}),
  };
}

function validate(f: Form): FieldErrors {
  const parsed = volunteerApplyRequest.safeParse(toRequest(f));
  return parsed.success ? {} : zodFieldErrors(parsed.error, LABELS);
}

/** The volunteer application form; `initial` fills it again after a rejection. */
export default function VolunteerForm({ initial, onSaved }: { initial?: Form; onSaved: (saved: MyVolunteerResponse) => void }) {
  const [form, setForm] = useState<Form>(initial ?? EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);

  const update = <K extends keyof Form>(key: K, value: Form[K]) => {
    const next = { ...form, [key]: value };
    setForm(next);
    if (tried) setErrors(validate(next));
  };

  const toggleTopic = (id: TopicId) =>
    update('specialities', form.specialities.includes(id) ? form.specialities.filter((t) => t !== id) : [...form.specialities, id]);

  const submit = async () => {
    setTried(true);
    const found = validate(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError('还有内容没填好，请看红字提示。');
      return;
    }
    setSending(true);
    setFormError('');
    try {
      onSaved(await bookingsApi.applyVolunteer(volunteerApplyRequest.parse(toRequest(form))));
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields, LABELS));
      setFormError(errorText(e));
    } finally {
      setSending(false);
    }
  };

  const err = (key: keyof Form) => (errors[key] ? <View className='error-text'>{errors[key]}</View> : null);
  const fieldClass = (key: keyof Form) => `field ${errors[key] ? 'invalid' : ''}`;

  return (
    <View>
      <View className='muted'>请如实填写。证件号只有妇联审核人员能看到，居民只看到您的姓氏和职业。</View>
      <TextField label='真实姓名' value={form.realName} maxlength={20} placeholder='如：陈静' error={errors.realName} onInput={(v) => update('realName', v)} />
      <View className={fieldClass('profession')}>
        <View className='label'>职业</View>
        <Chips label='职业' options={PROFESSIONS} value={form.profession} onChange={(id) => update('profession', id)} />
        {err('profession')}
      </View>
      <TextField label='执业证号或工作证号' value={form.licenceNo} maxlength={30} placeholder='数字或字母' error={errors.licenceNo} onInput={(v) => update('licenceNo', v)} />
      <TextField label='工作单位' value={form.organisation} maxlength={60} placeholder='如：某某律师事务所' error={errors.organisation} onInput={(v) => update('organisation', v)} />
      <View className={fieldClass('specialities')}>
        <View className='label'>擅长的方面（可以多选，最多 10 个）</View>
        <TopicPicker value={form.specialities} onChange={toggleTopic} />
        {err('specialities')}
      </View>
      <View className={fieldClass('city')}>
        <View className='label'>所在城市</View>
        <Chips label='所在城市' options={JIANGXI_CITIES} value={form.city} onChange={(id) => update('city', id)} />
        {err('city')}
      </View>
      <TextField label='所在区县' value={form.district} maxlength={20} placeholder='如：东湖区' error={errors.district} onInput={(v) => update('district', v)} />
      <TextField
        label='简单介绍（可以不填）'
        multiline
        value={form.bio}
        maxlength={300}
        placeholder='如：执业 10 年，常做婚姻家事案件'
        error={errors.bio}
        onInput={(v) => update('bio', v)}
      />
      {formError && <View className='error-text'>{formError}</View>}
      <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
        提交申请
      </Button>
    </View>
  );
}
