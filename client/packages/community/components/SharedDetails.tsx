import { Button, Text, View } from '@tarojs/components';
import { REFERRAL_REASON_LABELS, dueLabel, type Referral } from '../../../../shared/referrals';
import { callPhone } from '../../../utils/nav';

/** What she chose to share, and nothing else. */
export default function SharedDetails({ r }: { r: Referral }) {
  const c = r.contact;
  return (
    <View className='card'>
      <View>
        {r.urgent && <View className='referral__pill is-urgent'>紧急</View>}
        {r.dueAt && (
          <View className={`referral__pill ${r.overdue ? 'is-overdue' : ''}`}>
            {r.overdue ? '超时 · ' : ''}
            {dueLabel(r.dueAt, Date.now())}
          </View>
        )}
      </View>
      <View className='referral__line'>需要的帮助：{r.reason ? REFERRAL_REASON_LABELS[r.reason] : '—'}</View>
      {r.community && <View className='referral__line'>社区：{r.community.name}</View>}
      {c && (
        <View>
          <View className='referral__line'>{c.safeToCall ? '可以打电话' : '她说不要打电话，请用别的方式联系'}</View>
          {c.phone && (
            <View className='referral__line'>
              电话：<Text selectable>{c.phone}</Text>
            </View>
          )}
          {c.safeTimes && <View className='referral__line'>方便联系的时间：{c.safeTimes}</View>}
          {c.phone && c.safeToCall && (
            <Button className='btn plain small' onClick={() => callPhone(c.phone ?? '')}>
              拨打电话
            </Button>
          )}
        </View>
      )}
      {r.question ? (
        <View>
          <View className='referral__h'>她的提问</View>
          <View className='referral__line'>{r.question.title}</View>
          <Text className='referral__line'>{r.question.body}</Text>
        </View>
      ) : (
        <View className='muted referral__line'>她没有同意您看她的提问。</View>
      )}
    </View>
  );
}
