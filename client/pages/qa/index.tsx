import { View } from '@tarojs/components';
import HelpStrip from '../../components/HelpStrip';

/** Placeholder until the legal Q&A area ships; the help numbers stay on top. */
export default function QaPlaceholder() {
  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>法律问答</View>
        <View className='card'>
          <View>法律问答即将上线。</View>
          <View className='muted'>现在有急事，请点上方的“求助电话”。</View>
        </View>
      </View>
    </View>
  );
}
