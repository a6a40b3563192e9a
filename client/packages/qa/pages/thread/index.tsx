import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { openPage, PAGES } from '../../../../utils/nav';
import ThreadScreen from '../../components/ThreadScreen';

/** Her question and the volunteer's answers (the link in a notification opens this page). */
export default function Thread() {
  const id = useRouter().params.id ?? '';
  const { user } = useSession();
  return (
    <View>
      <HelpStrip />
      <View className='page'>
        {user ? (
          <ThreadScreen id={id} />
        ) : (
          <View className='card' role='link' onClick={() => openPage(PAGES.me)}>
            请先到“我的”登录，再来看你的问题 ›
          </View>
        )}
      </View>
    </View>
  );
}
