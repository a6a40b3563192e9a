import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CHECKIN_OPENS_MINUTES_BEFORE, EVENT_KIND_LABELS, checkinRequest, type EventDetail } from '../../../../../shared/events';
import { TOPIC_TITLES } from '../../../../../shared/topics';
import { eventsApi } from '../../../../api/events';
import { errorText } from '../../../../api/http';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { useLoaded } from '../../../../hooks/useLoaded';
import { useSession } from '../../../../session/SessionContext';
import { placeLabel, timeRangeLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import { zodFieldErrors } from '../../../../utils/validation';
import { SeatsLine } from '../../components/EventCard';
import { EVENT_PAGES } from '../../routes';
import '../../events.scss';

const checkinOpen = (e: EventDetail, now: number) =>
  e.status === 'published' && now >= Date.parse(e.start) - CHECKIN_OPENS_MINUTES_BEFORE * 60_000 && now < Date.parse(e.end);

/** 签到: in WeChat she scans the organiser's QR code; in the browser she types its 6 digits. */
function CheckIn({ e, onDone }: { e: EventDetail; onDone: (next: EventDetail) => void }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (value: string) => {
    setError('');
    // The message comes from the shared schema, so the screen and the API say the same thing.
    const parsed = checkinRequest.safeParse({ code: value });
    if (!parsed.success) return setError(zodFieldErrors(parsed.error).code ?? '');
    setBusy(true);
    try {
      await eventsApi.checkIn(e.id, value);
      Taro.showToast({ title: '签到成功', icon: 'success' });
      onDone(await eventsApi.get(e.id));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const scan = async () => {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => null);
    if (res) await submit(res.result.trim());
  };
  return (
    <View className='card'>
      <View className='event-section'>现场签到</View>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='btn' disabled={busy} onClick={scan}>
          扫码签到
        </Button>
      ) : (
        <View>
          <TextField label='签到码（现场屏幕上的数字）' value={code} onInput={setCode} maxlength={6} type='number' placeholder='6 位数字' noCounter />
          <Button className='btn' disabled={busy} onClick={() => submit(code.trim())}>
            签到
          </Button>
        </View>
      )}
      {!e.mine && <View className='muted'>没有报名也可以签到，有空位就行。</View>}
      {error && <View className='error-text'>{error}</View>}
    </View>
  );
}

function SignUp({ e, onDone }: { e: EventDetail; onDone: (next: EventDetail) => void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async () => {
    setBusy(true);
    setError('');
    try {
      onDone(await eventsApi.signUp(e.id, name.trim() || undefined));
      Taro.showToast({ title: '报名成功', icon: 'success' });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <TextField label='怎么称呼您（可以不填）' value={name} onInput={setName} maxlength={20} placeholder='不填也能报名' />
      <Button className='btn' disabled={busy} onClick={submit}>
        我要报名
      </Button>
      {error && <View className='error-text'>{error}</View>}
    </View>
  );
}

export default function EventDetailPage() {
  const id = useRouter().params.id ?? '';
  const { user } = useSession();
  const { data: e, setData, load } = useLoaded(() => eventsApi.get(id), `${id}:${user?.id ?? ''}`);
  const [error, setError] = useState('');
  const now = Date.now();

  const withdraw = async () => {
    if (!e) return;
    const ok = await Taro.showModal({ title: '取消报名', content: '确定不去了吗？名额会让给别人。', confirmText: '取消报名', cancelText: '再想想' });
    if (!ok.confirm) return;
    setError('');
    try {
      setData(await eventsApi.withdraw(e.id));
    } catch (err) {
      setError(errorText(err));
    }
  };

  const body = (ev: EventDetail) => {
    const started = Date.parse(ev.start) <= now;
    const resident = user?.role === 'resident';
    return (
      <View>
        <View className='card'>
          <View className='title'>
            {ev.title}
            {ev.mine && <Text className='event-pill is-ok'>{ev.mine.status === 'checked-in' ? '已签到' : '已报名'}</Text>}
            {ev.status === 'cancelled' && <Text className='event-pill is-off'>已取消</Text>}
          </View>
          <View className='muted'>{EVENT_KIND_LABELS[ev.kind]}</View>
          <View>时间：{timeRangeLabel(ev.start, ev.end)}</View>
          <View>
            地点：{placeLabel(ev.city, ev.district)} {ev.communityName ?? ''} {ev.venue}
          </View>
          {ev.speakers.length > 0 && <View>主讲：{ev.speakers.map((s) => s.displayName).join('、')}</View>}
          <View className='muted'>讲什么：{ev.topics.map((t) => TOPIC_TITLES[t]).join('、')}</View>
          <SeatsLine e={ev} />
        </View>
        <View className='card'>
          <Text>{ev.description}</Text>
          <View className='muted'>组织：{ev.organiserName}</View>
        </View>
        {ev.status === 'cancelled' && <View className='event-notice'>这个活动已经取消了。</View>}
        {!user && ev.status === 'published' && !started && <NeedLogin line='登录后可以报名，也可以不留名字。' />}
        {resident && !ev.mine && ev.status === 'published' && !started && ev.seatsLeft > 0 && <SignUp e={ev} onDone={setData} />}
        {resident && ev.mine?.status === 'signed-up' && !started && (
          <View className='card'>
            <View>您已报名。活动前一天会提醒您，请按时到场。</View>
            <Button className='btn plain' onClick={withdraw}>
              取消报名
            </Button>
          </View>
        )}
        {resident && ev.mine?.status !== 'checked-in' && checkinOpen(ev, now) && <CheckIn e={ev} onDone={setData} />}
        {ev.mine?.status === 'checked-in' && <View className='event-notice'>您已签到，谢谢参加。</View>}
        {ev.canManage && (
          <View className='event-actions'>
            <Button className='btn plain small' onClick={() => openPage(EVENT_PAGES.signups(ev.id))}>
              报名名单
            </Button>
            {ev.status === 'published' && (
              <Button className='btn small' onClick={() => openPage(EVENT_PAGES.code(ev.id))}>
                签到码
              </Button>
            )}
            {ev.status === 'published' && !started && (
              <Button className='btn plain small' onClick={() => openPage(EVENT_PAGES.edit(ev.id))}>
                修改
              </Button>
            )}
          </View>
        )}
        {error && <View className='error-text'>{error}</View>}
      </View>
    );
  };

  return <Screen load={load}>{e && body(e)}</Screen>;
}
