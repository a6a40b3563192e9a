import { useEffect, useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { qaApi } from '../../../../api/qa';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import RevealBar from '../../../../components/Discreet';
import { discreetLabel, useDiscreetList } from '../../../../utils/discreet';
import { openPage } from '../../../../utils/nav';
import Inbox from '../../components/Inbox';
import QuestionRow from '../../components/QuestionRow';
import { QA_PAGES } from '../../components/pages';
import '../../components/qa.scss';

/** Her questions, every page of them, and the notices about them. */
function Questions() {
  const list = usePagedList((_: void, cursor?: string) => qaApi.myQuestions(cursor));
  const privacy = useDiscreetList();

  useEffect(() => {
    void list.load();
  }, []);
  // Back from a thread: the list as it is now, without blanking it.
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) void list.refresh();
    shownOnce.current = true;
  });

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
