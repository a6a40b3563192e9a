import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { openPage, PAGES } from '../../../../utils/nav';
import ThreadScreen from '../../../qa/components/ThreadScreen';
import { QA_PAGES } from '../../../qa/components/pages';

/** A question the volunteer has claimed: the thread, her reply, release and close. */
export default function VolunteerQuestion() {
  const id = useRouter().params.id ?? '';
  const { user } = useSession();
  const backToQueue = () => Taro.redirectTo({ url: QA_PAGES.queue }).catch(() => openPage(QA_PAGES.queue));
  return (
    <View>
      <HelpStrip />
      <View className='page'>
        {user?.role === 'volunteer' ? (
          <ThreadScreen id={id} onReleased={backToQueue} />
        ) : (
          <View className='card' role='link' onClick={() => openPage(PAGES.me)}>
            请先用志愿者账号登录 ›
          </View>
        )}
      </View>
    </View>
  );
}
