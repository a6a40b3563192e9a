import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { AskQuestionResponse } from '../../../../../shared/qa';
import { isTopicId } from '../../../../../shared/topics';
import { hasSensitiveInfoConsent, meApi } from '../../../../api/me';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { useSession } from '../../../../session/SessionContext';
import { openPage, PAGES } from '../../../../utils/nav';
import AskConsent from '../../components/AskConsent';
import AskForm from '../../components/AskForm';
import SafetyCard from '../../components/SafetyCard';
import { QA_PAGES } from '../../components/pages';
import '../../components/qa.scss';

function Asked({ result }: { result: AskQuestionResponse }) {
  // The safety card must be the first thing she sees, not below a long form she scrolled down.
  useEffect(() => {
    Promise.resolve()
      .then(() => Taro.pageScrollTo({ scrollTop: 0, duration: 0 }))
      .catch(() => undefined);
  }, []);
  return (
    <View>
      {result.safety && <SafetyCard safety={result.safety} />}
      <View className='card'>
        <View className='title'>已提交</View>
        <View>志愿律师接手后会通知您。</View>
        <View className='muted'>您可以在“我的提问”里看进展。</View>
        <Button className='btn' onClick={() => openPage(QA_PAGES.thread(result.question.id))}>
          查看我的提问
        </Button>
        <Button className='btn plain' onClick={() => openPage(PAGES.qa)}>
          返回问答
        </Button>
      </View>
    </View>
  );
}

/** Consent first (once), then the form, then what happens next. */
function AskFlow() {
  const params = useRouter().params;
  const { user } = useSession();
  const consent = useLoaded(async () => hasSensitiveInfoConsent(await meApi.me()), user?.id ?? null);
  const [agreed, setAgreed] = useState<boolean | null>(null);
  const [result, setResult] = useState<AskQuestionResponse | null>(null);

  if (result) return <Asked result={result} />;
  if (consent.data === null) return <LoadState {...consent.load} />;
  if (!(agreed ?? consent.data)) return <AskConsent onAgreed={() => setAgreed(true)} />;
  return (
    <AskForm
      initialTopic={params.topic && isTopicId(params.topic) ? params.topic : null}
      displayName={user?.displayName ?? ''}
      onAsked={setResult}
      onConsentNeeded={() => setAgreed(false)}
    />
  );
}

export default function Ask() {
  const { user } = useSession();
  return (
    <Screen title='向志愿律师提问'>
      <NeedLogin
        line='提问前请先登录。'
        roles={['resident']}
        roleLine={`现在登录的是${user?.role === 'volunteer' ? '志愿者' : '工作人员'}账号，只有居民账号可以提问。`}
      >
        <AskFlow />
      </NeedLogin>
    </Screen>
  );
}
