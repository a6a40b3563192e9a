import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Picker, View } from '@tarojs/components';
import { EVENT_KINDS, MAX_EVENT_CAPACITY, type EventCreateRequest, type EventKind } from '../../../../../shared/events';
import { JIANGXI_CITIES, type CityId } from '../../../../../shared/jobs';
import { PROFESSION_LABELS } from '../../../../../shared/bookings';
import { COMMUNITIES } from '../../../../../shared/org';
import type { TopicId } from '../../../../../shared/topics';
import { adminApi } from '../../../../api/admin';
import { eventsApi } from '../../../../api/events';
import { ApiError, errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import TopicPicker from '../../../../components/TopicPicker';
import { useSession } from '../../../../session/SessionContext';
import { apiFieldErrors, type FieldErrors } from '../../../../utils/validation';
import { EVENT_PAGES } from '../../routes';
import '../../events.scss';
import { beijingDayOf, beijingParts } from '../../../../../shared/beijing';

const LABELS = { speakers: '主讲人', title: '标题', topics: '主题', start: '开始时间', end: '结束时间', venue: '地点', district: '区县', community: '社区', capacity: '名额', description: '介绍' };
const NO_COMMUNITY = 'none';

/** Beijing date and clock time to a UTC instant. */
const instant = (day: string, clock: string) => new Date(`${day}T${clock}:00+08:00`).toISOString();
const tomorrow = () => beijingDayOf(Date.now() + 24 * 3600_000);

/** 发布活动: staff in their region, or an approved volunteer (who is then its speaker). */
export default function Publish() {
  const { user } = useSession();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EventKind>('lecture');
  const [topics, setTopics] = useState<TopicId[]>([]);
  const [day, setDay] = useState(tomorrow());
  const [from, setFrom] = useState('14:30');
  const [to, setTo] = useState('16:00');
  const [city, setCity] = useState<CityId>('nanchang');
  const [district, setDistrict] = useState('');
  const [community, setCommunity] = useState<string>(NO_COMMUNITY);
  const [venue, setVenue] = useState('');
  const [capacity, setCapacity] = useState('30');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const [speakers, setSpeakers] = useState<string[]>([]);
  const [volunteers, setVolunteers] = useState<{ id: string; label: string }[]>([]);
  // Staff choose the speakers from the approved volunteers; a volunteer speaks herself.
  useEffect(() => {
    if (user?.role !== 'staff') return;
    adminApi.volunteers('approved').then(
      (page) => setVolunteers(page.items.map((v) => ({ id: v.userId, label: `${v.realName}（${PROFESSION_LABELS[v.profession]}）` }))),
      () => setVolunteers([]),
    );
  }, [user?.role]);
  // 修改: the same form, filled from the event, saved with the version it was read at.
  const editId = useRouter().params.id;
  const [version, setVersion] = useState<number | null>(null);
  useEffect(() => {
    if (!editId) return;
    eventsApi.get(editId).then(
      (e) => {
        setTitle(e.title);
        setKind(e.kind);
        setTopics(e.topics);
        setDay(beijingParts(e.start).day);
        setFrom(beijingParts(e.start).clock);
        setTo(beijingParts(e.end).clock);
        setCity(e.city);
        setDistrict(e.district);
        setCommunity(e.community ?? NO_COMMUNITY);
        setVenue(e.venue);
        setCapacity(String(e.capacity));
        setDescription(e.description);
        setSpeakers(e.speakers.map((x) => x.id));
        setVersion(e.version);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [editId]);
  const toggleSpeaker = (id: string) => setSpeakers((xs) => (xs.includes(id) ? xs.filter((x) => x !== id) : [...xs, id]));

  const toggleTopic = (t: TopicId) => setTopics((xs) => (xs.includes(t) ? xs.filter((x) => x !== t) : [...xs, t].slice(0, 5)));
  const communities = COMMUNITIES.filter((c) => c.city === city && (!district || c.district === district));

  const submit = async () => {
    const input: EventCreateRequest = {
      title: title.trim(),
      kind,
      topics,
      start: instant(day, from),
      end: instant(day, to),
      venue: venue.trim(),
      city,
      district: district.trim(),
      community: community === NO_COMMUNITY ? null : community,
      capacity: Number(capacity),
      description: description.trim(),
      ...(user?.role === 'staff' ? { speakers } : {}),
    };
    setErrors({});
    setError('');
    setBusy(true);
    try {
      const saved = editId && version !== null ? await eventsApi.update(editId, { ...input, version }) : await eventsApi.create(input);
      Taro.showToast({ title: editId ? '已保存' : '已发布', icon: 'success' });
      await Taro.redirectTo({ url: EVENT_PAGES.detail(saved.id) });
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setErrors(apiFieldErrors(e.fields, LABELS));
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={editId ? '修改活动' : '发布活动'}>
      <NeedLogin line='请先登录志愿者或工作人员账号。' roles={['volunteer', 'staff']} roleLine='只有通过审核的志愿者和妇联工作人员可以发布活动。'>
        <TextField label='活动名称' value={title} onInput={setTitle} maxlength={40} error={errors.title} placeholder='例如：反家暴法进社区' />
        <View className='label'>活动类型</View>
        <Chips label='活动类型' options={EVENT_KINDS} value={kind} onChange={setKind} />
        <View className='label'>讲哪些内容（最多 5 个）</View>
        <TopicPicker value={topics} onChange={toggleTopic} />
        {errors.topics && <View className='error-text'>{errors.topics}</View>}
        <View className='label'>时间（北京时间）</View>
        <View className='event-actions'>
          <Picker mode='date' value={day} onChange={(e) => setDay(String(e.detail.value))}>
            <View className='btn plain small' role='button' aria-label='日期'>
              {day}
            </View>
          </Picker>
          <Picker mode='time' value={from} onChange={(e) => setFrom(String(e.detail.value))}>
            <View className='btn plain small' role='button' aria-label='开始时间'>
              {from} 开始
            </View>
          </Picker>
          <Picker mode='time' value={to} onChange={(e) => setTo(String(e.detail.value))}>
            <View className='btn plain small' role='button' aria-label='结束时间'>
              {to} 结束
            </View>
          </Picker>
        </View>
        {(errors.start || errors.end) && <View className='error-text'>{errors.start ?? errors.end}</View>}
        <View className='label'>城市</View>
        <Chips label='城市' options={JIANGXI_CITIES} value={city} onChange={(c) => { setCity(c); setCommunity(NO_COMMUNITY); }} />
        <TextField label='区县' value={district} onInput={(d) => { setDistrict(d); setCommunity(NO_COMMUNITY); }} maxlength={20} error={errors.district} placeholder='例如：东湖区' />
        {communities.length > 0 && (
          <View>
            <View className='label'>社区（可不选）</View>
            <Chips
              label='社区'
              options={[{ id: NO_COMMUNITY, label: '不在社区' }, ...communities.map((c) => ({ id: c.id, label: c.name }))]}
              value={community}
              onChange={setCommunity}
            />
          </View>
        )}
        <TextField label='具体地点' value={venue} onInput={setVenue} maxlength={60} error={errors.venue} placeholder='例如：社区妇女之家二楼' />
        <TextField label={`名额（最多 ${MAX_EVENT_CAPACITY}）`} value={capacity} onInput={setCapacity} type='number' noCounter error={errors.capacity} />
        <TextField label='活动介绍' value={description} onInput={setDescription} maxlength={1000} multiline height='140px' error={errors.description} />
        {user?.role === 'volunteer' && <View className='muted'>您会作为主讲人显示（陈律师这样的称呼）。</View>}
        {volunteers.length > 0 && (
          <View>
            <View className='label'>主讲志愿者（可多选）</View>
            <Chips label='主讲志愿者' options={volunteers} value={speakers} onChange={toggleSpeaker} />
            {errors.speakers && <View className='error-text'>{errors.speakers}</View>}
          </View>
        )}
        <Button className='btn' disabled={busy || (Boolean(editId) && version === null)} onClick={submit}>
          {editId ? '保存修改' : '发布'}
        </Button>
        {editId && <View className='muted'>改了时间或地点，系统会通知已报名的人。</View>}
        {error && <View className='error-text'>{error}</View>}
      </NeedLogin>
    </Screen>
  );
}
