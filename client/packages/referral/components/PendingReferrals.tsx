import { useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { pageUrl } from '../../../../shared/pages';
import { REFERRAL_REASON_LABELS, type Referral } from '../../../../shared/referrals';
import { referralsApi } from '../../../api/referrals';
import { openPage } from '../../../utils/nav';
import '../referral.scss';

/** Proposals from her bookings that wait for her decision: one card each, above her bookings. */
export default function PendingReferrals() {
  const [items, setItems] = useState<Referral[]>([]);
  useEffect(() => {
    referralsApi
      .mine()
      .then((page) => setItems(page.items.filter((r) => r.status === 'proposed' && r.bookingId)))
      .catch(() => setItems([]));
  }, []);
  return (
    <View>
      {items.map((r) => (
        <View key={r.id} className='card'>
          <View className='referral__h'>转介到社区妇联</View>
          <View className='referral__line'>
            志愿者建议请社区妇联的工作人员联系您{r.reason ? `（${REFERRAL_REASON_LABELS[r.reason]}）` : ''}。告诉社区什么，由您决定。
          </View>
          <Button className='btn' onClick={() => openPage(pageUrl('referral', { id: r.id }))}>
            查看并决定
          </Button>
        </View>
      ))}
    </View>
  );
}
