import { Button, View } from '@tarojs/components';

/** Someone else saved first (VERSION_CONFLICT): say so plainly and offer the newest version. */
export function ConflictNotice({ what, onReload }: { what: string; onReload: () => void }) {
  return (
    <View className='console-notice' role='alert'>
      <View>别人在您之前保存了这个{what}。请重新载入，看过最新内容后再修改。</View>
      <Button className='btn plain small' onClick={onReload}>
        重新载入
      </Button>
    </View>
  );
}

/** The line under a console form: green when it says what was done (已…), red otherwise. */
export function SaveNotice({ text }: { text: string }) {
  if (!text) return null;
  return <View className={text.startsWith('已') ? 'console-ok' : 'error-text'}>{text}</View>;
}
