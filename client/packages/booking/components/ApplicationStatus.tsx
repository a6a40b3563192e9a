import { Button, Text, View } from '@tarojs/components';
import { PROFESSION_LABELS, VOLUNTEER_STATUS_LABELS, type VolunteerApplication } from '../../../../shared/bookings';
import { CITY_LABELS } from '../../../../shared/jobs';
import { TOPIC_TITLES } from '../../../../shared/topics';
import { openPage } from '../../../utils/nav';
import { BOOKING_PAGES } from '../routes';

/** Where her volunteer application stands, with what she can do next. */
export default function StatusView({ app, onReapply }: { app: VolunteerApplication; onReapply: () => void }) {
  return (
    <View className='card'>
      <View>
        <Text className='slot-card__who'>申请状态</Text>
        <Text className={`status ${app.status === 'approved' ? 'completed' : 'booked'}`}>
          {VOLUNTEER_STATUS_LABELS[app.status]}
        </Text>
      </View>
      {app.status === 'pending' && <View className='slot-card__line'>妇联工作人员正在核对您的信息，一般 3 个工作日内有结果。</View>}
      {app.status === 'approved' && (
        <View>
          <View className='slot-card__line'>欢迎您加入志愿者队伍！现在可以发布咨询时段了。</View>
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
