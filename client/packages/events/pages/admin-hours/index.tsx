import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { hoursOf } from '../../../../../shared/events';
import { eventsApi } from '../../../../api/events';
import { errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { useSession } from '../../../../session/SessionContext';
import '../../events.scss';
import { beijingWall } from '../../../../../shared/beijing';

const thisYear = beijingWall(Date.now()).getUTCFullYear();
const YEARS = [thisYear, thisYear - 1].map((y) => ({ id: String(y), label: `${y} 年` }));

/** Staff: each volunteer's hours in their region for the year, and the .xlsx for the volunteer records. */
export default function AdminHours() {
  const { user } = useSession();
  const [year, setYear] = useState(String(thisYear));
  const { data, load } = useLoaded(() => eventsApi.adminHours(Number(year)), user?.role === 'staff' ? year : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const download = async () => {
    setBusy(true);
    setError('');
    try {
      await eventsApi.downloadHours(Number(year));
      Taro.showToast({ title: '已导出', icon: 'success' });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title='志愿服务时长' load={user?.role === 'staff' ? load : undefined}>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        <Chips label='年份' options={YEARS} value={year} onChange={setYear} />
        <Button className='btn' disabled={busy || !data?.items.length} onClick={download}>
          导出 Excel
        </Button>
        {error && <View className='error-text'>{error}</View>}
        {data && data.items.length === 0 && <View className='state'>这一年还没有服务记录。</View>}
        {data?.items.map((r) => (
          <View key={r.volunteerId} className='card hours-row'>
            <View>
              <View>{r.displayName}</View>
              <View className='muted'>
                活动 {r.events} 次 · 预约 {r.bookings} 次 · 答疑 {r.answers} 次
              </View>
            </View>
            <View>{hoursOf(r.totalMinutes)} 小时</View>
          </View>
        ))}
      </NeedLogin>
    </Screen>
  );
}
