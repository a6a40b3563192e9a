import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  PROFESSION_LABELS,
  VOLUNTEER_STATUSES,
  type AdminVolunteer,
  type VolunteerStatus,
} from '../../../../../shared/bookings';
import { CITY_LABELS } from '../../../../../shared/jobs';
import { TOPIC_TITLES } from '../../../../../shared/topics';
import { adminApi } from '../../../../api/admin';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { dateTimeLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import Chips from '../../../booking/components/Chips';
import NeedLogin from '../../../booking/components/NeedLogin';
import ReasonDialog from '../../../booking/components/ReasonDialog';
import { BOOKING_PAGES } from '../../../booking/routes';
import './index.scss';

function ApplicationCard({
  a,
  onApprove,
  onReject,
}: {
  a: AdminVolunteer;
  onApprove?: () => void;
  onReject?: () => void;
}) {
  return (
    <View className='card application'>
      <View className='slot-card__who'>
        {a.realName}
        <Text className='badge verified'>{PROFESSION_LABELS[a.profession]}</Text>
      </View>
      <View className='slot-card__line'>单位：{a.organisation}</View>
      <View className='slot-card__line'>证件号：{a.licenceNo}</View>
      <View className='slot-card__line'>
        地区：{CITY_LABELS[a.city]} {a.district}
      </View>
      <View className='slot-card__line'>申请时间：{dateTimeLabel(a.appliedAt)}</View>
      {a.bio && <View className='muted'>介绍：{a.bio}</View>}
      <View>
        {a.specialities.map((t) => (
          <Text key={t} className='tag'>
            {TOPIC_TITLES[t]}
          </Text>
        ))}
      </View>
      {a.rejectReason && <View className='muted'>未通过原因：{a.rejectReason}</View>}
      {(onApprove || onReject) && (
        <View className='row'>
          {onApprove && (
            <Button className='btn' onClick={onApprove}>
              通过
            </Button>
          )}
          {onReject && (
            <Button className='btn plain' onClick={onReject}>
              不通过
            </Button>
          )}
        </View>
      )}
    </View>
  );
}

/** Staff verify volunteer applications: approve, or reject with a reason she will see. */
export default function AdminVolunteers() {
  const { user } = useSession();
  const [status, setStatus] = useState<VolunteerStatus>('pending');
  const [items, setItems] = useState<AdminVolunteer[] | null>(null);
  const [error, setError] = useState('');
  const [rejecting, setRejecting] = useState<AdminVolunteer | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState('');

  const load = useCallback(async () => {
    setError('');
    try {
      const all: AdminVolunteer[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page = await adminApi.volunteers(status, cursor);
        all.push(...page.items);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      setItems(all);
    } catch (e) {
      setItems([]);
      setError(errorText(e));
    }
  }, [status]);

  useEffect(() => {
    if (user?.role === 'staff') {
      setItems(null);
      load();
    }
  }, [user, load]);

  const approve = async (a: AdminVolunteer) => {
    const { confirm } = await Taro.showModal({
      title: '通过审核',
      content: `确认 ${a.realName} 的证件已核对无误？`,
      confirmText: '通过',
    });
    if (!confirm) return;
    try {
      await adminApi.approve(a.userId);
      Taro.showToast({ title: '已通过', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    }
    await load();
  };

  const reject = async (reason: string) => {
    if (!rejecting) return;
    setBusy(true);
    setDialogError('');
    try {
      await adminApi.reject(rejecting.userId, reason);
      setRejecting(null);
      Taro.showToast({ title: '已退回', icon: 'success' });
      await load();
    } catch (e) {
      setDialogError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const body = () => {
    if (!user) return <NeedLogin line='请先登录工作人员账号。' />;
    if (user.role !== 'staff') return <View className='state'>只有妇联工作人员能打开这个页面。</View>;
    return (
      <View>
        <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.adminStats)}>
          查看数据统计
        </Button>
        <Chips label='审核状态' options={VOLUNTEER_STATUSES} value={status} onChange={setStatus} />
        {error && <View className='error-text'>{error}</View>}
        {items === null && <View className='state'>正在加载…</View>}
        {items !== null && items.length === 0 && !error && <View className='state'>没有这类申请。</View>}
        {items?.map((a) => (
          <ApplicationCard
            key={a.userId}
            a={a}
            onApprove={a.status === 'pending' ? () => approve(a) : undefined}
            onReject={a.status === 'pending' ? () => setRejecting(a) : undefined}
          />
        ))}
      </View>
    );
  };

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>志愿者审核</View>
        {body()}
      </View>
      {rejecting && (
        <ReasonDialog
          title={`不通过 ${rejecting.realName} 的申请`}
          message='申请人会看到这个原因，请写清楚要怎么改。'
          placeholder='例如：证件号和单位对不上，请核对后重新申请'
          confirmText='确定不通过'
          required
          busy={busy}
          error={dialogError}
          onConfirm={reject}
          onClose={() => {
            setRejecting(null);
            setDialogError('');
          }}
        />
      )}
    </View>
  );
}
