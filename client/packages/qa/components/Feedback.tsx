import { Button, View } from '@tarojs/components';

/** 有帮助 / 没帮助 on an answered question, or what she said. */
export default function Feedback({
  helpful,
  busy,
  onFeedback,
}: {
  helpful: boolean | null;
  busy: boolean;
  onFeedback: (helpful: boolean) => void;
}) {
  return (
    <View className='card'>
      {helpful === null ? (
        <View>
          <View className='qa-article__h'>律师的回答对您有帮助吗？</View>
          <View className='qa-thread__feedback'>
            <Button className='btn' disabled={busy} onClick={() => onFeedback(true)}>
              有帮助
            </Button>
            <Button className='btn plain' disabled={busy} onClick={() => onFeedback(false)}>
              没帮助
            </Button>
          </View>
        </View>
      ) : (
        <View className='muted'>{helpful ? '您评价了：有帮助。谢谢！' : '您评价了：没帮助。我们会改进。'}</View>
      )}
    </View>
  );
}
