import { isDangerous } from '../../shared/danger';
import { wordListVerdict } from '../../functions/qa/content-check';
import { isLapsed } from '../../functions/qa/questions.service';
import { beijingDayOf } from '../../shared/time';
import type { QuestionRecord } from '../../functions/qa/questions.store';

describe('danger detection', () => {
  it.each(['他喝醉了就打我', '他说要杀了我', '我不敢回家', '他拿刀吓我', '我真的想死', '前夫一直跟踪我', '他掐我脖子', '他威胁我'])(
    'marks "%s" as immediate danger',
    (text) => {
      expect(isDangerous(text)).toBe(true);
    },
  );

  it.each(['离婚后孩子归谁', '公司拖欠工资怎么办', '有事可以打我电话', '彩礼要退吗'])('does not mark "%s"', (text) => {
    expect(isDangerous(text)).toBe(false);
  });

  it('ignores spaces put between the words', () => {
    expect(isDangerous('他 打 我')).toBe(true);
  });
});

describe('the local content word list', () => {
  it('refuses obvious gambling and porn ads', () => {
    expect(wordListVerdict('加我进网赌群，稳赚')).toBe('risky');
    expect(wordListVerdict('裸聊 服务')).toBe('risky');
  });

  it('never refuses a woman describing violence', () => {
    expect(wordListVerdict('他打我，还骂我，威胁要杀了我')).toBe('pass');
  });
});

describe('the Beijing day of a rate window', () => {
  it('starts a new day at midnight in Beijing, 16:00 UTC', () => {
    expect(beijingDayOf(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(beijingDayOf(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });
});

describe('claim lapse', () => {
  const claimed = (claimedAt: string, volunteerRepliedAt: string | null = null): QuestionRecord => ({
    id: 'q',
    askerId: 'a',
    title: 't',
    body: 'b',
    topic: null,
    city: null,
    anonymous: false,
    urgent: false,
    status: 'claimed',
    createdAt: claimedAt,
    updatedAt: claimedAt,
    claimedBy: 'v',
    claimedAt,
    volunteerRepliedAt,
    answeredAt: volunteerRepliedAt,
    helpful: null,
    messageCount: 0,
  });
  const now = new Date('2026-11-28T12:00:00.000Z');

  it('lapses a claim unanswered for more than 48 hours', () => {
    expect(isLapsed(claimed('2026-11-26T11:59:59.000Z'), now)).toBe(true);
  });

  it('keeps a claim younger than 48 hours', () => {
    expect(isLapsed(claimed('2026-11-26T12:00:01.000Z'), now)).toBe(false);
  });

  it('keeps an old claim the volunteer has answered', () => {
    expect(isLapsed(claimed('2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z'), now)).toBe(false);
  });
});
