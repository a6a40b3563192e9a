import { Button, View } from '@tarojs/components';
import { openPage, PAGES } from '../../../utils/nav';

/** Shown instead of a page that needs her to sign in first. */
export default function NeedLogin({ line }: { line: string }) {
  return (
    <View className='card'>
      <View>{line}</View>
      <Button className='btn' onClick={() => openPage(PAGES.me)}>
        去登录
      </Button>
    </View>
  );
}
