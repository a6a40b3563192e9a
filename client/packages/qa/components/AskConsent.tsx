import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { meApi } from '../../../api/me';
import { errorText } from '../../../api/http';
import { openPage, PAGES } from '../../../utils/nav';

/** What happens to her question, agreed once before the first one. */
export default function AskConsent({ onAgreed }: { onAgreed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const agree = async () => {
    setBusy(true);
    setError('');
    try {
      await meApi.consentToSensitiveInfo();
      onAgreed();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <View className='title'>提问前，请先看一下</View>
      <View className='qa-article__line'>· 我们会保存您的问题，只给接手的志愿律师看。</View>
      <View className='qa-article__line'>· 内容加密保存，别人看不到。</View>
      <View className='qa-article__line'>· 您可以匿名，律师看不到您的名字。</View>
      <View className='qa-article__line'>· 不要写身份证号、家庭住址这些信息。</View>
      {error && <View className='error-text'>{error}</View>}
      <Button className='btn' loading={busy} disabled={busy} onClick={agree}>
        同意并继续
      </Button>
      <Button className='btn plain' onClick={() => Taro.navigateBack().catch(() => openPage(PAGES.qa))}>
        先不提问
      </Button>
    </View>
  );
}
