import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { SERVICE_KIND_LABELS, hoursOf } from '../../../../../shared/events';
import { eventsApi } from '../../../../api/events';
import Chips from '../../../../components/Chips';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import { dateLabel } from '../../../../utils/format';
import '../../events.scss';
import { beijingWall } from '../../../../../shared/beijing';

const thisYear = beijingWall(Date.now()).getUTCFullYear();
const YEARS = [thisYear, thisYear - 1].map((y) => ({ id: String(y), label: `${y} 年` }));

/** 我的志愿服务: her hours for a year — 普法活动, 预约咨询 and 在线答疑 — and each entry. */
export default function MyHours() {
  const { user } = useSession();
  const volunteer = user?.role === 'volunteer';
  const [year, setYear] = useState(String(thisYear));
  const [total, setTotal] = useState<number | null>(null);
  const list = usePagedList(async (y: number, cursor?: string) => {
    const res = await eventsApi.myHours(y, cursor);
    setTotal(res.totalMinutes);
    return res;
  }, 'idle');

  useEffect(() => {
    if (volunteer) void list.load(Number(year));
  }, [volunteer, year]);

  return (
    <Screen title='我的志愿服务' load={volunteer ? list.state : undefined}>
      <NeedLogin line='请先登录志愿者账号。' roles={['volunteer']} roleLine='通过审核的志愿者才有服务时长。'>
        <Chips label='年份' options={YEARS} value={year} onChange={setYear} />
        <View className='card'>
          <View className='muted'>{year} 年志愿服务时长</View>
          <View className='hours-total' aria-label='服务时长'>
            {hoursOf(total ?? 0)} 小时
          </View>
          <View className='muted'>讲座和咨询日按活动时长，预约咨询按您记录的分钟数，每答复一个问题算 30 分钟。</View>
        </View>
        {list.status === 'ready' && list.items.length === 0 && <View className='state'>这一年还没有记录。</View>}
        {list.items.map((s, i) => (
          <View key={`${s.at}-${i}`} className='hours-row'>
            <View>
              <View>{s.label}</View>
              <View className='muted'>
                {SERVICE_KIND_LABELS[s.kind]} · {dateLabel(s.at)}
              </View>
            </View>
            <View>{hoursOf(s.minutes)} 小时</View>
          </View>
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
