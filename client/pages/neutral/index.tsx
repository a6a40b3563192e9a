import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { NEUTRAL_TITLE } from '../../utils/nav';
import './index.scss';

/** Ordinary everyday tips: nothing here names the app, help, or the law. */
const TIPS = [
  { title: '今日天气提醒', body: '早晚温差大，出门带件外套。雨天路滑，骑车慢一点。' },
  { title: '冬季养生', body: '天冷多喝温水，早睡早起。泡脚水别太烫，十五分钟就够了。' },
  { title: '家常菜：番茄炒蛋', body: '鸡蛋打散先炒熟盛出，番茄炒软出汁，再倒回鸡蛋，加少许盐和糖。' },
  { title: '省电小妙招', body: '电器不用时拔掉插头；冰箱别塞太满，门要关严。' },
  { title: '衣物去渍', body: '油渍先用洗洁精揉一揉再洗；血渍要用冷水，别用热水。' },
  { title: '少油少盐', body: '炒菜出锅前再放盐，用量更少，味道一样。' },
];

/**
 * Where 快速离开 lands, and what a reload shows. It has no link into the app, so nothing here
 * leads back to where she was; in the mini-program the "home" button is hidden for the same reason.
 */
export default function Neutral() {
  useDidShow(() => {
    if (process.env.TARO_ENV === 'weapp') Taro.hideHomeButton().catch(() => undefined);
  });

  return (
    <View className='page tips'>
      <View className='title'>{NEUTRAL_TITLE}</View>
      <View className='tips__sub'>每天一点生活小常识</View>
      {TIPS.map((t) => (
        <View key={t.title} className='card tips__card'>
          <Text className='tips__heading'>{t.title}</Text>
          <View className='tips__body'>{t.body}</View>
        </View>
      ))}
    </View>
  );
}
