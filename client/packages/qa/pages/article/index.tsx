import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { qaApi } from '../../../../api/qa';
import { LoadState, useLoaded } from '../../../../components/Loaded';
import HelpStrip from '../../../../components/HelpStrip';
import { openPage } from '../../../../utils/nav';
import { basisLabel, bodyLines, fullDateLabel, topicLabel } from '../../components/labels';
import { QA_PAGES } from '../../components/pages';
import '../../components/qa.scss';

/** One article: the short answer first, then what to do, then the law it rests on. */
export default function ArticlePage() {
  const id = useRouter().params.id ?? '';
  const { data: article, error, reload } = useLoaded(() => qaApi.article(id), id);

  return (
    <View>
      <HelpStrip />
      <View className='page qa-article'>
        <LoadState error={error} loading={!article} onRetry={reload} />
        {article && (
          <View>
            <View className='title'>{article.title}</View>
            <View className='qa-article__summary' aria-label='简单说'>
              {article.summary}
            </View>
            <View className='card'>
              <View className='qa-article__h'>具体怎么做</View>
              {bodyLines(article.body).map((line, i) => (
                <Text key={i} className={`qa-article__line ${line.step ? 'qa-article__line--step' : ''}`}>
                  {line.text}
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
            <View className='muted'>
              类别：{topicLabel(article.topic)} · 更新于 {fullDateLabel(article.updatedAt)}
            </View>
            <Button className='btn' onClick={() => openPage(QA_PAGES.ask(article.topic))}>
              没解决？向志愿律师提问
            </Button>
            <View className='muted'>这里讲的是一般情况。每个人的事不一样，拿不准就问律师。</View>
          </View>
        )}
      </View>
    </View>
  );
}
