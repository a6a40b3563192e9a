import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CheckinCode } from '../../../../../shared/events';
import { eventsApi } from '../../../../api/events';
import { errorText } from '../../../../api/http';
import Screen from '../../../../components/Screen';
import QrCode from '../../components/QrCode';
import '../../events.scss';

/**
 * 签到码: the organiser holds this screen up at the door. The code changes every 10 minutes;
 * the screen fetches the next one when the current one runs out, so a photo of an old code
 * passed around does not work.
 */
export default function CodeScreen() {
  const id = useRouter().params.id ?? '';
  const [code, setCode] = useState<CheckinCode | null>(null);
  const [error, setError] = useState('');
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const fetchCode = async () => {
      try {
        const next = await eventsApi.checkinCode(id);
        if (stopped) return;
        setCode(next);
        setError('');
        // A second after the window ends, so the server is surely in the next one.
        timer = setTimeout(fetchCode, Math.max(1000, Date.parse(next.validUntil) - Date.now() + 1000));
      } catch (e) {
        if (stopped) return;
        setError(errorText(e));
        timer = setTimeout(fetchCode, 15_000);
      }
    };
    void fetchCode();
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      clearInterval(tick);
    };
  }, [id]);

  const secondsLeft = code ? Math.max(0, Math.round((Date.parse(code.validUntil) - now) / 1000)) : 0;
  return (
    <Screen title='签到码' load={{ loading: !code && !error, error: code ? '' : error }}>
      {code && (
        <View className='qr'>
          <View className='muted'>请居民用微信扫一扫，或输入下面的数字</View>
          <QrCode text={code.code} />
          <View className='qr__digits' aria-label='签到码数字'>
            {code.code}
          </View>
          <View className='muted'>
            {Math.floor(secondsLeft / 60)} 分 {secondsLeft % 60} 秒后换新码
          </View>
          {error && <View className='error-text'>{error}</View>}
        </View>
      )}
    </Screen>
  );
}
