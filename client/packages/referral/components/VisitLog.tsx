import { View } from '@tarojs/components';
import { VISIT_KIND_LABELS, VISIT_RESULT_LABELS, type Visit } from '../../../../shared/referrals';
import { dateTimeLabel } from '../../../utils/format';

/** 联系记录: each visit or call as the server lists them; the note is null except for community workers. */
export default function VisitLog({ visits }: { visits: Visit[] | null }) {
  if (!visits?.length) return null;
  return (
    <View className='card'>
      <View className='referral__h'>联系记录</View>
      {visits.map((v) => (
        <View key={v.id} className='referral__line'>
          {dateTimeLabel(v.at)} · {VISIT_KIND_LABELS[v.kind]} · {VISIT_RESULT_LABELS[v.result]}
          {v.note ? `：${v.note}` : ''}
        </View>
      ))}
    </View>
  );
}
