import { useEffect } from 'react';
import { View } from '@tarojs/components';
import { ARTICLE_REPORT_REASONS, type ArticleReport } from '../../../../../shared/qa';
import { TOPIC_TITLES } from '../../../../../shared/topics';
import { qaApi } from '../../../../api/qa';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import { dateTimeLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import './index.scss';

const REASON_LABELS = Object.fromEntries(ARTICLE_REPORT_REASONS.map((r) => [r.id, r.label])) as Record<
  ArticleReport['reason'],
  string
>;
const ARTICLE_PAGE = (id: string) => `/packages/qa/pages/article/index?id=${encodeURIComponent(id)}`;

function ReportCard({ r }: { r: ArticleReport }) {
  return (
    <View className='card article-report'>
      <View className='article-report__reason'>{REASON_LABELS[r.reason]}</View>
      <View
        className='article-report__title'
        role='link'
        onClick={() => openPage(ARTICLE_PAGE(r.articleId))}
      >
        {r.articleTitle}
      </View>
      <View className='muted'>
        {TOPIC_TITLES[r.topic]} · {dateTimeLabel(r.createdAt)}
      </View>
      {r.note && <View className='article-report__note'>{r.note}</View>}
    </View>
  );
}

/** Staff: the 反馈有误 reports residents sent on articles, newest first, to check and fix. */
export default function ArticleReportsPage() {
  const { user } = useSession();
  const isStaff = user?.role === 'staff';
  const list = usePagedList((_: void, cursor?: string) => qaApi.articleReports(cursor));
  useEffect(() => {
    if (isStaff) void list.load();
  }, [isStaff]);

  return (
    <Screen title='内容反馈'>
      <NeedLogin line='请先用工作人员账号登录。' roles={['staff']} roleLine='只有妇联工作人员能看内容反馈。'>
        <LoadState {...list.state} />
        {list.status === 'ready' && list.items.length === 0 && <EmptyState>还没有人反馈文章有误。</EmptyState>}
        {list.items.map((r) => (
          <ReportCard key={r.id} r={r} />
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
