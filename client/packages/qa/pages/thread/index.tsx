import { useRouter } from '@tarojs/taro';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import ThreadScreen from '../../components/ThreadScreen';

/** Her question and the volunteer's answers (the link in a notification opens this page). */
export default function Thread() {
  const id = useRouter().params.id ?? '';
  return (
    <Screen>
      <NeedLogin line='登录后才能看到您的问题。'>
        <ThreadScreen id={id} />
      </NeedLogin>
    </Screen>
  );
}
