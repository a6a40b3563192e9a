import { useCallback, useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import {
  BOOKING_STATUS_LABELS,
  MAX_REPEAT_WEEKS,
  SLOT_DURATIONS,
  SLOT_MAX_DAYS_AHEAD,
  SLOT_MODES,
  slotCreateRequest,
  type SlotMode,
  type VolunteerSlot,
} from '../../../../../shared/bookings';
import { TOPIC_TITLES } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { ApiError, errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import {
  QUARTER_MINUTES,
  SLOT_HOURS,
  appointmentTime,
  beijingInstant,
  clockRange,
  dateStrip,
  dayTitle,
  groupByDay,
  modeLabel,
} from '../../../../utils/booking';
import { openPage } from '../../../../utils/nav';
import Chips from '../../../booking/components/Chips';
import NeedLogin from '../../../booking/components/NeedLogin';
import { BOOKING_PAGES } from '../../../booking/routes';
import './index.scss';

const pad = (n: number) => String(n).padStart(2, '0');
const HOUR_OPTIONS = SLOT_HOURS.map((h) => ({ id: String(h), label: `${h} 点` }));
const MINUTE_OPTIONS = QUARTER_MINUTES.map((m) => ({ id: String(m), label: `${pad(m)} 分` }));
const DURATION_OPTIONS = SLOT_DURATIONS.map((d) => ({ id: String(d), label: `${d} 分钟` }));
const REPEAT_OPTIONS = Array.from({ length: MAX_REPEAT_WEEKS }, (_, i) => ({
  id: String(i + 1),
  label: i === 0 ? '只这一次' : `连续 ${i + 1} 周`,
}));

interface Draft {
  day: string;
  hour: string;
  minute: string;
  duration: string;
  mode: SlotMode;
  placeName: string;
  address: string;
  repeat: string;
}

function toRequest(d: Draft) {
  return {
    start: beijingInstant(d.day, `${pad(Number(d.hour))}:${pad(Number(d.minute))}`),
    durationMinutes: Number(d.duration),
    mode: d.mode,
    ...(d.mode === 'in-person' ? { location: { name: d.placeName, address: d.address } } : {}),
    repeatWeeks: Number(d.repeat),
  };
}

function AddSlot({ onAdded, onClose }: { onAdded: (count: number) => void; onClose: () => void }) {
  const days = useMemo(() => dateStrip(Date.now(), SLOT_MAX_DAYS_AHEAD), []);
  const [d, setD] = useState<Draft>({
    day: days[1].day,
    hour: '9',
    minute: '0',
    duration: '30',
    mode: 'phone',
    placeName: '',
    address: '',
    repeat: '1',
  });
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((x) => ({ ...x, [key]: value }));

  const submit = async () => {
    const parsed = slotCreateRequest.safeParse(toRequest(d));
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join('；'));
      return;
    }
    setSending(true);
    setError('');
    try {
      const res = await bookingsApi.createSlots(parsed.data);
      onAdded(res.items.length);
    } catch (e) {
      const details = e instanceof ApiError && e.fields.length ? `：${e.fields.map((f) => f.message).join('；')}` : '';
      setError(`${errorText(e)}${details}`);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className='card add-slot'>
      <View className='section-title'>添加时段</View>
      <View className='field'>
        <View className='label'>日期</View>
        <View className='date-strip' role='tablist' aria-label='选择日期'>
          {days.map((x) => (
            <View
              key={x.day}
              role='tab'
              aria-selected={x.day === d.day}
              aria-label={`${x.name} ${x.date}`}
              className={`date-strip__day ${x.day === d.day ? 'is-on' : ''}`}
              onClick={() => set('day', x.day)}
            >
              <Text className='date-strip__name'>{x.name}</Text>
              <Text className='date-strip__date'>{x.date}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='field'>
        <View className='label'>开始时间（北京时间）</View>
        <Chips label='几点' options={HOUR_OPTIONS} value={d.hour} onChange={(v) => set('hour', v)} />
        <View style={{ height: '8px' }} />
        <Chips label='几分' options={MINUTE_OPTIONS} value={d.minute} onChange={(v) => set('minute', v)} />
        <View className='muted'>最早要在 2 小时以后。</View>
      </View>
      <View className='field'>
        <View className='label'>时长</View>
        <Chips label='时长' options={DURATION_OPTIONS} value={d.duration} onChange={(v) => set('duration', v)} />
      </View>
      <View className='field'>
        <View className='label'>方式</View>
        <Chips label='方式' options={SLOT_MODES} value={d.mode} onChange={(v) => set('mode', v)} />
      </View>
      {d.mode === 'in-person' && (
        <View>
          <View className='field'>
            <View className='label'>地点名称</View>
            <Input className='input' value={d.placeName} maxlength={40} placeholder='如：东湖区妇女之家' onInput={(e) => set('placeName', e.detail.value)} />
          </View>
          <View className='field'>
            <View className='label'>详细地址</View>
            <Input className='input' value={d.address} maxlength={80} placeholder='如：八一大道 318 号' onInput={(e) => set('address', e.detail.value)} />
          </View>
        </View>
      )}
      <View className='field'>
        <View className='label'>每周重复</View>
        <Chips label='每周重复' options={REPEAT_OPTIONS} value={d.repeat} onChange={(v) => set('repeat', v)} />
      </View>
      <View className='notice'>
        {dayTitle(d.day)} {pad(Number(d.hour))}:{pad(Number(d.minute))} 开始，{d.duration} 分钟，{modeLabel(d.mode)}
        {d.repeat !== '1' ? `，连续 ${d.repeat} 周` : ''}
      </View>
      {error && <View className='error-text'>{error}</View>}
      <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
        发布时段
      </Button>
      <Button className='btn plain' onClick={onClose}>
        收起
      </Button>
    </View>
  );
}

function SlotRow({ slot, onDelete }: { slot: VolunteerSlot; onDelete: () => void }) {
  const b = slot.booking;
  return (
    <View className='card vol-slot'>
      <View>
        <Text className='slot-card__time'>{clockRange(slot.start, slot.end)}</Text>
        <Text className='badge women'>{modeLabel(slot.mode)}</Text>
        <Text className={`status ${slot.status}`}>{slot.status === 'open' ? '可预约' : '已被预约'}</Text>
      </View>
      {slot.location && (
        <View className='slot-card__line'>
          {slot.location.name}（{slot.location.address}）
        </View>
      )}
      {b && (
        <View className='slot-card__line'>
          {b.resident.displayName} · {TOPIC_TITLES[b.topic]} · {BOOKING_STATUS_LABELS[b.status]}
        </View>
      )}
      {slot.status === 'open' && Date.parse(slot.start) > Date.now() && (
        <Button className='btn plain small' onClick={onDelete}>
          删除这个时段
        </Button>
      )}
    </View>
  );
}

/** A volunteer's own slots by day, with the booking on each; add and delete slots. */
export default function VolunteerSlots() {
  const { user } = useSession();
  const [slots, setSlots] = useState<VolunteerSlot[] | null>(null);
  const [error, setError] = useState('');
  const [adding, setAdding] = useState(false);

  const load = useCallback(async () => {
    setError('');
    try {
      setSlots(await bookingsApi.allMySlots());
    } catch (e) {
      setSlots([]);
      setError(errorText(e));
    }
  }, []);

  useEffect(() => {
    if (user) load();
  }, [user, load]);

  const remove = async (slot: VolunteerSlot) => {
    const { confirm } = await Taro.showModal({
      title: '删除时段',
      content: `确定删除 ${appointmentTime(slot.start, slot.end)} 这个时段吗？`,
      confirmText: '删除',
    });
    if (!confirm) return;
    try {
      await bookingsApi.deleteSlot(slot.id);
      Taro.showToast({ title: '已删除', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    }
    await load();
  };

  const upcoming = (slots ?? []).filter((s) => Date.parse(s.end) > Date.now());

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>我的时段</View>
        {!user && <NeedLogin line='请先登录志愿者账号。' />}
        {user && (
          <View>
            <View className='row'>
              <Button className='btn' onClick={() => setAdding(!adding)}>
                添加时段
              </Button>
              <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.volunteerBookings)}>
                预约列表
              </Button>
            </View>
            {adding && (
              <AddSlot
                onClose={() => setAdding(false)}
                onAdded={(count) => {
                  setAdding(false);
                  Taro.showToast({ title: `已发布 ${count} 个时段`, icon: 'success' });
                  load();
                }}
              />
            )}
            {error && <View className='error-text'>{error}</View>}
            {slots === null && <View className='state'>正在加载…</View>}
            {slots !== null && upcoming.length === 0 && !error && <View className='state'>还没有时段，点“添加时段”发布一个。</View>}
            {groupByDay(upcoming).map((g) => (
              <View key={g.day}>
                <View className='section-title'>{dayTitle(g.day)}</View>
                {g.items.map((s) => (
                  <SlotRow key={s.id} slot={s} onDelete={() => remove(s)} />
                ))}
              </View>
            ))}
          </View>
        )}
      </View>
    </View>
  );
}
