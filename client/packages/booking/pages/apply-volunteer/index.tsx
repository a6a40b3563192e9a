import { useCallback, useEffect, useState } from 'react';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import {
  PROFESSIONS,
  PROFESSION_LABELS,
  VOLUNTEER_STATUS_LABELS,
  volunteerApplyRequest,
  type MyVolunteerResponse,
  type Profession,
  type VolunteerApplication,
} from '../../../../../shared/bookings';
import { JIANGXI_CITIES, CITY_LABELS, type CityId } from '../../../../../shared/jobs';
import { TOPIC_TITLES, type TopicId } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { ApiError, errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../../utils/validation';
import { openPage } from '../../../../utils/nav';
import Chips from '../../components/Chips';
import NeedLogin from '../../components/NeedLogin';
import TopicPicker from '../../components/TopicPicker';
import { BOOKING_PAGES } from '../../routes';
import '../../booking.scss';

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

function fromApplication(a: VolunteerApplication): Form {
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

function StatusView({ app, onReapply }: { app: VolunteerApplication; onReapply: () => void }) {
  return (
    <View className='card'>
      <View>
        <Text className='slot-card__who'>申请状态</Text>
        <Text className={`status ${app.status === 'approved' ? 'completed' : 'booked'}`}>
          {VOLUNTEER_STATUS_LABELS[app.status]}
        </Text>
      </View>
      {app.status === 'pending' && <View className='slot-card__line'>妇联工作人员正在核对你的信息，一般 3 个工作日内有结果。</View>}
      {app.status === 'approved' && (
        <View>
          <View className='slot-card__line'>欢迎你加入志愿者队伍！现在可以发布咨询时段了。</View>
          <Button className='btn' onClick={() => openPage(BOOKING_PAGES.volunteerSlots)}>
            去发布时段
          </Button>
        </View>
      )}
      {app.status === 'rejected' && (
        <View>
          <View className='slot-card__line'>原因：{app.rejectReason ?? '未填写'}</View>
          <View className='muted'>改好以后可以重新申请。</View>
          <Button className='btn' onClick={onReapply}>
            重新申请
          </Button>
        </View>
      )}
      <View className='muted'>
        {app.realName} · {PROFESSION_LABELS[app.profession]} · {app.organisation}
      </View>
      <View className='muted'>证件号：{app.licenceNoMasked}</View>
      <View className='muted'>
        {CITY_LABELS[app.city]} {app.district}
      </View>
      <View>
        {app.specialities.map((t) => (
          <Text key={t} className='tag'>
            {TOPIC_TITLES[t]}
          </Text>
        ))}
      </View>
    </View>
  );
}

export default function ApplyVolunteer() {
  const { user } = useSession();
  const [mine, setMine] = useState<MyVolunteerResponse | null>(null);
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);

  const load = useCallback(async () => {
    try {
      setMine(await bookingsApi.myVolunteer());
    } catch (e) {
      setFormError(errorText(e));
      setMine({ status: null });
    }
  }, []);

  useEffect(() => {
    if (user) load();
  }, [user, load]);

  const validate = (f: Form): FieldErrors => {
    const parsed = volunteerApplyRequest.safeParse(toRequest(f));
    return parsed.success ? {} : zodFieldErrors(parsed.error);
  };

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
      const saved = await bookingsApi.applyVolunteer(volunteerApplyRequest.parse(toRequest(form)));
      setMine(saved);
      setEditing(false);
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields));
      setFormError(errorText(e));
    } finally {
      setSending(false);
    }
  };

  const err = (key: keyof Form) => (errors[key] ? <View className='error-text'>{errors[key]}</View> : null);
  const fieldClass = (key: keyof Form) => `field ${errors[key] ? 'invalid' : ''}`;

  const formView = (
    <View>
      <View className='muted'>请如实填写。证件号只有妇联审核人员能看到，居民只看到你的姓氏和职业。</View>
      <View className={fieldClass('realName')}>
        <View className='label'>真实姓名</View>
        <Input className='input' value={form.realName} maxlength={20} placeholder='如：陈静' onInput={(e) => update('realName', e.detail.value)} />
        {err('realName')}
      </View>
      <View className={fieldClass('profession')}>
        <View className='label'>职业</View>
        <Chips label='职业' options={PROFESSIONS} value={form.profession} onChange={(id) => update('profession', id)} />
        {err('profession')}
      </View>
      <View className={fieldClass('licenceNo')}>
        <View className='label'>执业证号或工作证号</View>
        <Input className='input' value={form.licenceNo} maxlength={30} placeholder='数字或字母' onInput={(e) => update('licenceNo', e.detail.value)} />
        {err('licenceNo')}
      </View>
      <View className={fieldClass('organisation')}>
        <View className='label'>工作单位</View>
        <Input className='input' value={form.organisation} maxlength={60} placeholder='如：某某律师事务所' onInput={(e) => update('organisation', e.detail.value)} />
        {err('organisation')}
      </View>
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
      <View className={fieldClass('district')}>
        <View className='label'>所在区县</View>
        <Input className='input' value={form.district} maxlength={20} placeholder='如：东湖区' onInput={(e) => update('district', e.detail.value)} />
        {err('district')}
      </View>
      <View className={fieldClass('bio')}>
        <View className='label'>简单介绍（可以不填）</View>
        <Textarea className='textarea' value={form.bio} maxlength={300} placeholder='如：执业 10 年，常做婚姻家事案件' onInput={(e) => update('bio', e.detail.value)} />
        {err('bio')}
      </View>
      {formError && <View className='error-text'>{formError}</View>}
      <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
        提交申请
      </Button>
    </View>
  );

  const body = () => {
    if (!user) return <NeedLogin line='申请前请先登录。' />;
    if (user.role === 'staff') return <View className='state'>工作人员账号不能申请成为志愿者。</View>;
    if (mine === null) return <View className='state'>正在加载…</View>;
    if (mine.status === null || editing) return formView;
    return (
      <StatusView
        app={mine}
        onReapply={() => {
          setForm(fromApplication(mine));
          setErrors({});
          setTried(false);
          setEditing(true);
        }}
      />
    );
  };

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>申请成为志愿者</View>
        {body()}
      </View>
    </View>
  );
}
