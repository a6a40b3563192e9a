import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PAGES } from '../../utils/nav';

const TIPS = [
  { title: '冬季养生', body: '天冷多喝温水，早睡早起，出门注意保暖。' },
  { title: '家常菜谱：番茄炒蛋', body: '鸡蛋打散先炒熟盛出，番茄炒软出汁，再放鸡蛋，加少许盐和糖。' },
  { title: '省电小妙招', body: '电器不用时拔掉插头，冰箱别塞得太满。' },
];

/** Where "快速离开" lands: an ordinary page that says nothing about help or the law. */
export default function Neutral() {
  return (
    <View className='page'>
      <View className='title'>生活小贴士</View>
      {TIPS.map((t) => (
        <View key={t.title} className='card'>
          <View style={{ fontWeight: 'bold', fontSize: '18px' }}>{t.title}</View>
          <View>{t.body}</View>
        </View>
      ))}
      <View className='muted' style={{ textAlign: 'center', marginTop: '24px' }} onClick={() => Taro.reLaunch({ url: PAGES.home })}>
        返回首页
      </View>
    </View>
  );
}
