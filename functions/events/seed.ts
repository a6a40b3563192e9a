import type { EventKind } from '../../shared/events';
import type { CityId } from '../../shared/jobs';
import type { TopicId } from '../../shared/topics';
import { DAY_MS, HOUR_MS, MINUTE_MS, beijingDayOf, beijingDayStart } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import { getUser } from '../platform/users.store';
import { getVolunteer } from '../bookings/volunteers.store';
import { cancelEventItem, putEvent, putSignup, type EventRecord } from './events.store';

interface SeedEvent {
  title: string;
  kind: EventKind;
  topics: TopicId[];
  /** Days from today (Beijing) and the Beijing clock time it starts. */
  day: number;
  at: string;
  hours: number;
  venue: string;
  city: CityId;
  district: string;
  community: string | null;
  capacity: number;
  description: string;
  speakers: string[];
  organiser: string;
  /** Seats taken by demo attendees; equal to capacity makes it full. */
  taken?: number;
  cancelled?: boolean;
}

const EVENTS: SeedEvent[] = [
  {
    title: '反家暴法进社区：遇到家暴怎么办',
    kind: 'lecture',
    topics: ['dv-definition', 'dv-report-police', 'dv-protection-order'],
    day: 2,
    at: '14:30',
    hours: 1.5,
    venue: '滨江社区妇女之家（二楼活动室）',
    city: 'nanchang',
    district: '东湖区',
    community: 'nc-donghu-1',
    capacity: 40,
    description: '律师用真实案例讲清楚：什么算家庭暴力，怎么报警、怎么留证据，怎么申请人身安全保护令。讲座后可以单独咨询。',
    speakers: ['demo-volunteer'],
    organiser: 'demo-staff-nanchang',
    taken: 12,
  },
  {
    title: '法律咨询日：婚姻家庭问题面对面',
    kind: 'advice-day',
    topics: ['divorce-agreement', 'marital-property', 'custody'],
    day: 3,
    at: '09:00',
    hours: 3,
    venue: '青山社区党群服务中心一楼',
    city: 'nanchang',
    district: '东湖区',
    community: 'nc-donghu-2',
    capacity: 30,
    description: '律师和调解员现场坐班，离婚、财产、孩子抚养的问题都可以来问。不用带身份证，不登记姓名。',
    speakers: ['demo-volunteer', 'demo-volunteer2'],
    organiser: 'demo-staff-donghu',
  },
  {
    title: '家长学校：和孩子谈安全与自我保护',
    kind: 'parent-school',
    topics: ['parenting-guidance', 'minor-protection'],
    day: 4,
    at: '19:00',
    hours: 1.5,
    venue: '顺化门社区家长学校教室',
    city: 'nanchang',
    district: '青山湖区',
    community: 'nc-qingshanhu-2',
    capacity: 8,
    description: '家庭教育促进法讲了什么；怎样和孩子谈身体边界和求助。适合有小学、初中孩子的家长。',
    speakers: ['demo-volunteer2'],
    organiser: 'demo-staff-nanchang',
    taken: 8,
  },
  {
    title: '妇女议事会：社区里的婚姻财产纠纷',
    kind: 'women-council',
    topics: ['marital-property', 'house-property', 'mediation'],
    day: 5,
    at: '15:00',
    hours: 2,
    venue: '京东社区议事厅',
    city: 'nanchang',
    district: '青山湖区',
    community: 'nc-qingshanhu-1',
    capacity: 20,
    description: '社区姐妹一起议一议：房子写谁的名字、婚前婚后的钱怎么算。调解员现场答疑。',
    speakers: ['demo-volunteer2'],
    organiser: 'demo-volunteer2',
  },
  {
    title: '女职工权益讲座：怀孕、产假和工资',
    kind: 'lecture',
    topics: ['maternity-leave', 'pregnancy-dismissal', 'wage-arrears'],
    day: 6,
    at: '14:00',
    hours: 1.5,
    venue: '墩子塘社区文化活动中心',
    city: 'nanchang',
    district: '东湖区',
    community: 'nc-donghu-3',
    capacity: 50,
    description: '怀孕被辞退怎么办？产假有多少天？拖欠工资去哪里投诉？律师一次讲清楚。',
    speakers: ['demo-volunteer'],
    organiser: 'demo-volunteer',
  },
  {
    title: '普法讲座：人身安全保护令怎么申请',
    kind: 'lecture',
    topics: ['dv-protection-order', 'dv-evidence'],
    day: 7,
    at: '10:00',
    hours: 1.5,
    venue: '章贡区妇女儿童活动中心',
    city: 'ganzhou',
    district: '章贡区',
    community: 'gz-zhanggong-1',
    capacity: 10,
    description: '申请保护令不收费，法院 72 小时内作出裁定。讲座讲清楚要准备什么材料、去哪里申请。',
    speakers: ['demo-volunteer'],
    organiser: 'demo-staff',
    taken: 10,
  },
  {
    title: '法律咨询日：农村妇女土地权益',
    kind: 'advice-day',
    topics: ['rural-land-rights', 'inheritance'],
    day: 8,
    at: '09:30',
    hours: 3,
    venue: '南康区妇联便民服务点',
    city: 'ganzhou',
    district: '南康区',
    community: 'gz-nankang-1',
    capacity: 30,
    description: '出嫁、离婚以后承包地和宅基地还有没有份？继承怎么算？现场一对一解答。',
    speakers: ['demo-volunteer2'],
    organiser: 'demo-staff',
  },
  {
    title: '家长学校：离婚后孩子的抚养和探望',
    kind: 'parent-school',
    topics: ['custody', 'child-support', 'visitation'],
    day: 9,
    at: '19:30',
    hours: 1.5,
    venue: '章贡区二社区家长学校',
    city: 'ganzhou',
    district: '章贡区',
    community: 'gz-zhanggong-2',
    capacity: 25,
    description: '抚养权怎么判、抚养费给多少、对方不让见孩子怎么办。',
    speakers: ['demo-volunteer'],
    organiser: 'demo-staff',
    cancelled: true,
  },
  {
    title: '普法讲座：彩礼和婚约财产',
    kind: 'lecture',
    topics: ['bride-price', 'cohabitation'],
    day: 10,
    at: '15:00',
    hours: 1,
    venue: '浔阳区社区妇女之家',
    city: 'jiujiang',
    district: '浔阳区',
    community: 'jj-xunyang-1',
    capacity: 35,
    description: '订婚后分手彩礼要不要还？同居期间的财产怎么分？结合最高法的司法解释讲解。',
    speakers: ['demo-volunteer2'],
    organiser: 'demo-staff',
  },
  {
    title: '妇女议事会：家庭暴力的预防与求助',
    kind: 'women-council',
    topics: ['dv-definition', 'dv-warning-letter', 'hotlines'],
    day: 11,
    at: '14:30',
    hours: 2,
    venue: '濂溪区社区议事厅',
    city: 'jiujiang',
    district: '濂溪区',
    community: 'jj-lianxi-1',
    capacity: 6,
    description: '社区议事会成员和志愿律师一起讨论：邻里发现家暴可以做什么，告诫书有什么用。',
    speakers: ['demo-volunteer'],
    organiser: 'demo-staff',
    taken: 6,
  },
  {
    title: '法律援助开放日：谁能申请、怎么申请',
    kind: 'advice-day',
    topics: ['legal-aid-eligibility', 'legal-aid-how', 'litigation-costs'],
    day: 12,
    at: '09:00',
    hours: 4,
    venue: '九江市浔阳区法律援助工作站',
    city: 'jiujiang',
    district: '浔阳区',
    community: null,
    capacity: 60,
    description: '遭受家暴的妇女申请法律援助不受经济困难条件限制。现场帮您看是否符合条件、怎么递交材料。',
    speakers: ['demo-volunteer', 'demo-volunteer2'],
    organiser: 'demo-staff',
  },
  {
    title: '职场性骚扰：识别、取证和维权',
    kind: 'lecture',
    topics: ['sexual-harassment', 'employment-discrimination'],
    day: 14,
    at: '19:00',
    hours: 1.5,
    venue: '东湖区妇联三楼会议室',
    city: 'nanchang',
    district: '东湖区',
    community: null,
    capacity: 40,
    description: '什么行为算性骚扰，单位有什么责任，怎么保存证据、向谁投诉。',
    speakers: ['demo-volunteer'],
    organiser: 'demo-staff-donghu',
  },
  {
    title: '心理支持小组：走出家暴阴影',
    kind: 'other',
    topics: ['psych-support', 'dv-shelter'],
    day: 15,
    at: '14:00',
    hours: 2,
    venue: '滨江社区妇女之家（安静室）',
    city: 'nanchang',
    district: '东湖区',
    community: 'nc-donghu-1',
    capacity: 12,
    description: '心理咨询师带领的小组活动，人数少、不拍照、不留名。可以只听不说。',
    speakers: [],
    organiser: 'demo-staff-donghu',
  },
];

const beijingAt = (now: Date, day: number, clock: string): Date => {
  const [h, m] = clock.split(':').map(Number);
  return new Date(beijingDayStart(beijingDayOf(now.getTime() + day * DAY_MS)).getTime() + h * HOUR_MS + m * MINUTE_MS);
};

/**
 * At least 12 upcoming events over the demo cities: some full (their seats taken by demo
 * attendees with real sign-up items, so counts and lists agree), one cancelled. Fixed ids,
 * and a conditional put, make a second run change nothing.
 */
export async function seedEvents(deps: Deps): Promise<void> {
  const now = deps.clock();
  for (const [i, s] of EVENTS.entries()) {
    const id = `seed-event-${String(i + 1).padStart(2, '0')}`;
    const start = beijingAt(now, s.day, s.at);
    const organiser = await getUser(deps, s.organiser);
    const speakers: EventRecord['speakers'] = [];
    for (const v of s.speakers) {
      const rec = await getVolunteer(deps, v);
      if (rec) speakers.push({ id: v, displayName: rec.publicName });
    }
    const e: EventRecord = {
      id,
      title: s.title,
      kind: s.kind,
      topics: s.topics,
      start: start.toISOString(),
      end: new Date(start.getTime() + s.hours * HOUR_MS).toISOString(),
      venue: s.venue,
      city: s.city,
      district: s.district,
      community: s.community,
      capacity: s.capacity,
      taken: s.taken ?? 0,
      description: s.description,
      speakers,
      organiserId: s.organiser,
      organiserName: organiser?.displayName ?? '妇联',
      status: 'published',
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    try {
      await putEvent(deps, e);
    } catch (err) {
      if (isConditionFailed(err)) continue;
      throw err;
    }
    for (let n = 0; n < (s.taken ?? 0); n++) {
      await putSignup(deps, {
        eventId: id,
        userId: `seed-attendee-${n + 1}`,
        eventStart: e.start,
        name: null,
        status: 'signed-up',
        walkIn: false,
        signedUpAt: now.toISOString(),
        checkedInAt: null,
      });
    }
    if (s.cancelled) await cancelEventItem(deps, id, now.toISOString());
  }
}
