import { useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
import {
  REFERRAL_REASONS,
  REFERRAL_REASON_LABELS,
  REFERRAL_STATUS_LABELS,
  type Referral,
  type ReferralReason,
} from '../../../../shared/referrals';
import { pageUrl } from '../../../../shared/pages';
import { referralsApi } from '../../../api/referrals';
import { errorText } from '../../../api/http';
import Chips from '../../../components/Chips';
import { openPage } from '../../../utils/nav';
import '../referral.scss';

type Source = { questionId: string; bookingId?: undefined } | { bookingId: string; questionId?: undefined };

const URGENCY = [
  { id: 'urgent', label: '紧急：24 小时内联系' },
  { id: 'normal', label: '不紧急：3 天内联系' },
] as const;

const openReferral = (id: string) => openPage(pageUrl('referral', { id }));

/** The reason and urgency form, then 发出. Used by the volunteer and by her for herself. */
function ProposeForm({ source, who, onDone }: { source: Source; who: 'volunteer' | 'resident'; onDone: (r: Referral) => void }) {
  const [reason, setReason] = useState<ReferralReason | null>(null);
  const [urgency, setUrgency] = useState<'urgent' | 'normal' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const send = async () => {
    if (!reason || !urgency) {
      setError('请选择需要什么帮助、急不急');
      return;
    }
    setBusy(true);
    setError('');
    try {
      onDone(await referralsApi.propose({ ...source, reason, urgent: urgency === 'urgent' }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      <View className='referral__h'>{who === 'volunteer' ? '她需要社区帮什么？' : '您需要社区帮什么？'}</View>
      <Chips label='需要的帮助' options={REFERRAL_REASONS} value={reason} onChange={setReason} />
      <View className='referral__h'>急不急？</View>
      <Chips label='急不急' options={URGENCY} value={urgency} onChange={setUrgency} />
      <View className='muted referral__line'>
        {who === 'volunteer'
          ? '她同意以前，社区看不到任何关于她的信息。她会在小程序里看到这个建议，自己决定。'
          : '下一步您来决定告诉社区什么。'}
      </View>
      {error && <View className='error-text'>{error}</View>}
      <Button className='btn' loading={busy} disabled={busy} onClick={send}>
        {who === 'volunteer' ? '发出建议' : '下一步'}
      </Button>
    </View>
  );
}

/**
 * 转介到社区 inside a question or a booking. The volunteer proposes; she sees the proposal
 * (or asks herself, from her own question) and opens the consent screen to decide.
 */
export default function ReferralProposal({ source, as }: { source: Source; as: 'resident' | 'volunteer' }) {
  const [mine, setMine] = useState<Referral[]>([]);
  const [sent, setSent] = useState<Referral | null>(null);
  const [open, setOpen] = useState(false);
  const sourceId = source.questionId ?? source.bookingId;

  useEffect(() => {
    if (as !== 'resident') return;
    referralsApi
      .mine()
      .then((page) => setMine(page.items.filter((r) => r.questionId === sourceId || r.bookingId === sourceId)))
      .catch(() => setMine([]));
  }, [as, sourceId]);

  if (as === 'volunteer') {
    if (sent) {
      return (
        <View className='card'>
          <View className='referral__h'>已建议转介到社区</View>
          <View className='referral__line'>她同意以后，她选的社区的妇联工作人员会联系她。您可以在这里看到她是否同意。</View>
          <View className='referral__line'>现在：{REFERRAL_STATUS_LABELS[sent.status]}</View>
        </View>
      );
    }
    return (
      <View className='card'>
        {open ? (
          <ProposeForm source={source} who='volunteer' onDone={setSent} />
        ) : (
          <Button className='btn plain' onClick={() => setOpen(true)}>
            转介到社区
          </Button>
        )}
      </View>
    );
  }

  const pending = mine.find((r) => r.status === 'proposed');
  return (
    <View>
      {mine.map((r) => (
        <View key={r.id} className='card'>
          <View className='referral__h'>转介到社区妇联</View>
          {r.status === 'proposed' ? (
            <View className='referral__line'>
              {r.proposedBy === 'volunteer' ? '志愿者建议' : '您想'}请社区妇联的工作人员联系您（{r.reason ? REFERRAL_REASON_LABELS[r.reason] : ''}）。告诉社区什么，由您决定。
            </View>
          ) : (
            <View className='referral__line'>现在：{REFERRAL_STATUS_LABELS[r.status]}</View>
          )}
          <Button className={r === pending ? 'btn' : 'btn plain'} onClick={() => openReferral(r.id)}>
            {r.status === 'proposed' ? '查看并决定' : '查看转介'}
          </Button>
        </View>
      ))}
      {source.questionId && !mine.some((r) => r.status !== 'declined' && r.status !== 'withdrawn' && r.status !== 'closed') && (
        <View className='card'>
          {open ? (
            <ProposeForm source={source} who='resident' onDone={(r) => openReferral(r.id)} />
          ) : (
            <Button className='btn plain' onClick={() => setOpen(true)}>
              请社区妇联联系我
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
