import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { ARTICLE_REPORT_REASONS, type ArticleReportReason, type GlossaryEntry } from '../../../../../shared/qa';
import { qaApi } from '../../../../api/qa';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import ReasonDialog from '../../../../components/ReasonDialog';
import Screen from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { useReasonDialog } from '../../../../hooks/useReasonDialog';
import { useSession } from '../../../../session/SessionContext';
import { openPage } from '../../../../utils/nav';
import GlossarySheet from '../../components/GlossarySheet';
import GlossaryText from '../../components/GlossaryText';
import { basisLabel, bodyLines, monthLabel, topicLabel } from '../../components/labels';
import { QA_PAGES } from '../../components/pages';
import '../../components/qa.scss';
import '../../components/glossary.scss';
import { pageUrl } from '../../../../../shared/pages';

/**
 * One article: the short answer first, then what to do, then the law it rests on. Hard
 * words are underlined and explained in a small sheet on tap; 反馈有误 sends a report.
 */
export default function ArticlePage() {
  const id = useRouter().params.id ?? '';
  const { user } = useSession();
  const { data: article, load } = useLoaded(() => qaApi.article(id), id);
  const [open, setOpen] = useState<GlossaryEntry | null>(null);
  const [reason, setReason] = useState<ArticleReportReason | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const [thanked, setThanked] = useState(false);
  const report = useReasonDialog<string>(async (articleId, note) => {
    if (!reason) return;
    await qaApi.reportArticle(articleId, { reason, ...(note ? { note } : {}) });
    setThanked(true);
  });

  const terms = article?.terms.map((t) => t.term) ?? [];
  const explain = (term: string) => setOpen(article?.terms.find((t) => t.term === term) ?? null);
  const startReport = () => {
    setReason(null);
    setReasonMissing(false);
    report.open(id);
  };

  let dialog = null;
  if (report.target && !user) {
    dialog = (
      <View className='dialog'>
        <View className='dialog__box' role='dialog' aria-label='反馈有误'>
          <NeedLogin line='反馈前请先登录。' />
          <Button className='btn plain' onClick={report.close}>
            再想想
          </Button>
        </View>
      </View>
    );
  } else if (report.target) {
    dialog = (
      <ReasonDialog
        {...report.dialogProps}
        // A reason is required; the note is not.
        onConfirm={(note) => (reason ? void report.confirm(note) : setReasonMissing(true))}
        title='反馈有误'
        message='哪里不对？选一项，也可以写几句。请不要写您的姓名、电话和住址。'
        placeholder='哪里不对（可不填）'
        confirmText='提交'
      >
        <Chips
          label='哪里不对'
          options={ARTICLE_REPORT_REASONS}
          value={reason}
          onChange={(r) => {
            setReason(r);
            setReasonMissing(false);
          }}
        />
        {reasonMissing && <View className='error-text'>请选一项</View>}
      </ReasonDialog>
    );
  }

  return (
    <Screen
      load={load}
      className='qa-article'
      overlay={
        <>
          {open && <GlossarySheet entry={open} onClose={() => setOpen(null)} />}
          {dialog}
        </>
      }
    >
      {article && (
        <View>
          <View className='title'>{article.title}</View>
          <View className='qa-article__summary' aria-label='简单说'>
            <GlossaryText text={article.summary} terms={terms} onTerm={explain} />
          </View>
          {terms.length > 0 && <View className='muted'>带下划线的词，点一下就能看解释。</View>}
          <View className='card'>
            <View className='qa-article__h'>具体怎么做</View>
            {bodyLines(article.body).map((line, i) => (
              <Text key={i} className={`qa-article__line ${line.step ? 'qa-article__line--step' : ''}`}>
                <GlossaryText text={line.text} terms={terms} onTerm={explain} />
              </Text>
            ))}
          </View>
          {article.basis.length > 0 && (
            <View className='card'>
              <View className='qa-article__h'>法律依据：</View>
              {article.basis.map((b) => (
                <View key={`${b.law}-${b.article}`} className='qa-article__basis'>
                  · {basisLabel(b)}
                </View>
              ))}
            </View>
          )}
          <View className='qa-article__trail'>
            <View className='muted'>
              {topicLabel(article.topic)} · 内容更新于 {monthLabel(article.reviewedAt ?? article.updatedAt)}
            </View>
            <View className='qa-article__report-link' role='button' onClick={startReport}>
              反馈有误
            </View>
          </View>
          {thanked && (
            <View className='qa-article__thanks' role='status'>
              谢谢您的反馈，工作人员会核对这篇内容。
            </View>
          )}
          <Button className='btn' onClick={() => openPage(QA_PAGES.ask(article.topic))}>
            没解决？向志愿律师提问
          </Button>
          <Button className='btn plain' onClick={() => openPage(pageUrl('events', { topic: article.topic }))}>
            附近有讲这个的活动
          </Button>
          <View className='muted'>这里讲的是一般情况。每个人的事不一样，拿不准就问律师。</View>
        </View>
      )}
    </Screen>
  );
}
