import { Button, View } from '@tarojs/components';
import { qaApi } from '../../../../api/qa';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { useOwnList } from '../../../../hooks/useOwnList';
import RevealBar from '../../../../components/Discreet';
import { discreetLabel, useDiscreetList } from '../../../../utils/discreet';
import { openPage } from '../../../../utils/nav';
import Inbox from '../../components/Inbox';
import QuestionRow from '../../components/QuestionRow';
import { QA_PAGES } from '../../components/pages';
import '../../components/qa.scss';

/** Her questions, every page of them, and the notices about them. */
function Questions() {
  const list = useOwnList((cursor?: string) => qaApi.myQuestions(cursor));
  const privacy = useDiscreetList();


  return (
    <View>
      <Button className='btn' onClick={() => openPage(QA_PAGES.ask())}>
        我要提问
      </Button>
      <LoadState {...list.state} />
      {list.status === 'ready' && list.items.length === 0 && <EmptyState>还没有提过问题。</EmptyState>}
      <RevealBar {...privacy} onReveal={privacy.reveal} onHide={privacy.hide} />
      {list.status === 'ready' &&
        list.items.map((q, i) => (
          <QuestionRow
            key={q.id}
            q={q}
            discreetLabel={privacy.hidden ? discreetLabel('咨询', i + 1, q.createdAt, q.topic) : undefined}
            onOpen={(id) => openPage(QA_PAGES.thread(id))}
          />
        ))}
      <ListFooter list={list} more='看更多' />
      <Inbox hidden={privacy.hidden} />
    </View>
  );
}

export default function MyQuestions() {
  return (
    <Screen title='我的提问'>
      <NeedLogin line='登录后才能看到您的提问。'>
        <Questions />
      </NeedLogin>
    </Screen>
  );
}
