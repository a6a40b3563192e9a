import { useMemo, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { MAX_REPEAT_WEEKS, SLOT_DURATIONS, SLOT_MAX_DAYS_AHEAD, SLOT_MODES, slotCreateRequest, type SlotMode } from '../../../../shared/bookings';
import { bookingsApi } from '../../../api/bookings';
import { ApiError, errorText } from '../../../api/http';
import Chips from '../../../components/Chips';
import TextField from '../../../components/TextField';
import { QUARTER_MINUTES, SLOT_HOURS, beijingInstant, dateStrip, dayTitle, modeLabel } from '../../../utils/booking';
import { apiFieldErrors, zodFieldErrors } from '../../../utils/validation';
import DayStrip from '../../booking/components/DayStrip';

const LABELS = { start: '开始时间', durationMinutes: '时长', mode: '方式', location: '地点', repeatWeeks: '每周重复' };

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

/** The form that publishes one slot, or the same slot for several weeks. */
export default function AddSlot({ onAdded, onClose }: { onAdded: (count: number) => void; onClose: () => void }) {
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
      setError(Object.values(zodFieldErrors(parsed.error, LABELS)).join('；'));
      return;
    }
    setSending(true);
    setError('');
    try {
      const res = await bookingsApi.createSlots(parsed.data);
      onAdded(res.items.length);
    } catch (e) {
      const details = e instanceof ApiError && e.fields.length ? `：${Object.values(apiFieldErrors(e.fields, LABELS)).join('；')}` : '';
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
        <DayStrip days={days} day={d.day} onPick={(day) => set('day', day)} />
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
          <TextField label='地点名称' value={d.placeName} maxlength={40} placeholder='如：东湖区妇女之家' onInput={(v) => set('placeName', v)} />
          <TextField label='详细地址' value={d.address} maxlength={80} placeholder='如：八一大道 318 号' onInput={(v) => set('address', v)} />
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

