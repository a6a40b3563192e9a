import { useState } from 'react';
import type { MyVolunteerResponse } from '../../../../../shared/bookings';
import { bookingsApi } from '../../../../api/bookings';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { useSession } from '../../../../session/SessionContext';
import ApplicationStatus from '../../components/ApplicationStatus';
import VolunteerForm, { fromApplication } from '../../components/VolunteerForm';
import '../../booking.scss';

function Application() {
  const { user } = useSession();
  const mine = useLoaded(() => bookingsApi.myVolunteer(), user?.id ?? null);
  const [reapplying, setReapplying] = useState(false);

  if (!mine.data) return <LoadState {...mine.load} />;
  const app = mine.data;
  const saved = (next: MyVolunteerResponse) => {
    mine.setData(next);
    setReapplying(false);
  };
  if (app.status === null) return <VolunteerForm onSaved={saved} />;
  if (reapplying) return <VolunteerForm initial={fromApplication(app)} onSaved={saved} />;
  return <ApplicationStatus app={app} onReapply={() => setReapplying(true)} />;
}

export default function ApplyVolunteer() {
  return (
    <Screen title='申请成为志愿者'>
      <NeedLogin line='申请前请先登录。' roles={['resident', 'volunteer']} roleLine='工作人员账号不能申请成为志愿者。'>
        <Application />
      </NeedLogin>
    </Screen>
  );
}
