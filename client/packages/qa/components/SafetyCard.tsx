import { Text, View } from '@tarojs/components';
import type { SafetyAdvice } from '../../../../shared/qa';
import { callPhone, openPage } from '../../../utils/nav';
import { QA_PAGES } from './pages';
import './qa.scss';

/**
 * Shown at once when what she wrote reads as danger: the numbers to call, one tap each,
 * and what to read now. Calm words; nothing here repeats what she wrote.
 */
export default function SafetyCard({ safety }: { safety: SafetyAdvice }) {
  return (
    <View className='safety-card' role='alert' aria-label='安全提醒'>
      <View className='safety-card__title'>先保护好自己</View>
      <View className='safety-card__message'>{safety.message}</View>
      {safety.hotlines.map((h) => (
        <View
          key={h.number}
          className='safety-card__call'
          role='button'
          aria-label={`拨打 ${h.number} ${h.label}`}
          onClick={() => callPhone(h.number)}
        >
          <View>
            <Text className='safety-card__number'>{h.number}</Text>
            <Text className='safety-card__label'>{h.label}</Text>
          </View>
          <Text className='safety-card__tap'>点这里拨打 ›</Text>
        </View>
      ))}
      {safety.articles.length > 0 && (
        <View className='safety-card__read'>
          <View className='safety-card__read-title'>现在可以看看：</View>
          {safety.articles.map((a) => (
            <View key={a.id} className='safety-card__link' role='link' onClick={() => openPage(QA_PAGES.article(a.id))}>
              {a.title} ›
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
