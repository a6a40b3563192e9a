import Taro, { useRouter } from '@tarojs/taro';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { openPage } from '../../../../utils/nav';
import ThreadScreen from '../../../qa/components/ThreadScreen';
import { QA_PAGES } from '../../../qa/components/pages';

/** A question the volunteer has claimed: the thread, her reply, release and close. */
export default function VolunteerQuestion() {
  const id = useRouter().params.id ?? '';
  const backToQueue = () => Taro.redirectTo({ url: QA_PAGES.queue }).catch(() => openPage(QA_PAGES.queue));
  return (
    <Screen>
      <NeedLogin line='请先用志愿者账号登录。' roles={['volunteer']} roleLine='这一页只给志愿者用。'>
        <ThreadScreen id={id} onReleased={backToQueue} />
      </NeedLogin>
    </Screen>
  );
}
