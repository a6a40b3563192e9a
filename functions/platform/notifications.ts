import type { Notification } from '../../shared/auth';
import { SLOT_MODE_LABELS, type SlotMode } from '../../shared/bookings';
import type { Page } from '../../shared/common';
import { pageUrl, type PageKey } from '../../shared/pages';
import { DAY_MS, beijingDateTime } from '../../shared/time';
import type { SubscribeTemplate } from './config';
import type { Deps } from './deps';
import { logger } from './logger';
import { putNotification, queryNotifications } from './notifications.store';

/**
 * Notifications: every one is written from a fixed template below, never from free text.
 *
 * Why: a notification may be read over her shoulder, on a lock screen or in the inbox of
 * a phone someone else checks. So no notification ever quotes what a person wrote (a
 * question, a message, a cancel or rejection reason, a note) — only the template's
 * own words, a time, a consultation mode and a link. The WeChat subscribe-message
 * payloads also avoid words that give away what the app is for (律师, 法律, 家暴, 离婚,
 * 保护令); tests/unit/notification-templates.test.ts checks every template.
 *
 * Use:
 *   await notify(deps, user, { template: 'event-cancelled', id: eventId });
 *   await notify(deps, user, { template: 'booking-reminder-24h', id: slot.id, at: slot.start, mode: slot.mode });
 *
 * Params are only system data: `id` (put into the link as `?id=`), `at` (an ISO time,
 * shown in Beijing time) and `mode` (a slot mode, shown by its label). To add a kind,
 * add an entry to TEMPLATES with neutral wording and a `link` key from shared/pages.ts
 * (add the page there first when it is new; the unit test proves every link is a page
 * in client/app.config.ts). In-app items expire after 90 days.
 */

export const NOTIFICATION_TTL_DAYS = 90;

export interface TemplateParams {
  /** Id of the thing the link opens (question, booking, fair, event, referral). */
  id?: string;
  /** An ISO time the text mentions, shown in Beijing time. */
  at?: string;
  mode?: SlotMode;
}

/** What a template's text may use: derived from params, never free text. */
interface Rendered {
  when: string;
  mode: string;
}

interface SubscribeSpec {
  /** Which registered subscribe-message template (its id is a deploy setting in config.ts). */
  template: SubscribeTemplate;
  data: (r: Rendered) => Record<string, { value: string }>;
}

export interface Template {
  /** The inbox kind (several templates may share one). */
  kind: string;
  title: string;
  body: (r: Rendered) => string;
  link: PageKey;
  subscribe?: SubscribeSpec;
}


const OPEN_APP = '请打开小程序查看。';
const fixed = (text: string) => () => text;

const qaUpdate = (phrase: string): SubscribeSpec => ({
  template: 'qaUpdate',
  data: () => ({ thing1: { value: '您的咨询' }, phrase2: { value: phrase }, thing3: { value: '请打开小程序查看' } }),
});
const reminder = (soon: string): SubscribeSpec => ({
  template: 'bookingReminder',
  data: (r) => ({ time1: { value: r.when }, thing2: { value: `预约（${r.mode}）` }, thing3: { value: soon } }),
});

export const TEMPLATES = {
  // --- Q&A --------------------------------------------------------------------
  'qa-claimed': { kind: 'qa-claimed', title: '您的咨询有人接手了', body: fixed(OPEN_APP), link: 'thread', subscribe: qaUpdate('已接手') },
  'qa-reply': { kind: 'qa-reply', title: '您的咨询有新回复', body: fixed(OPEN_APP), link: 'thread', subscribe: qaUpdate('有回复') },
  'qa-urgent': {
    kind: 'qa-urgent',
    title: '您接手的问题有新的紧急情况，请尽快查看',
    body: fixed(OPEN_APP),
    link: 'thread',
  },
  // --- volunteers ---------------------------------------------------------------
  'volunteer-approved': {
    kind: 'volunteer-approved',
    title: '志愿者申请已通过',
    body: fixed('您的志愿者申请已通过审核。现在可以发布可预约的时间了。'),
    link: 'volunteerSlots',
  },
  'volunteer-rejected': {
    kind: 'volunteer-rejected',
    title: '志愿者申请没有通过',
    body: fixed('请打开小程序查看，修改后可以重新申请。'),
    link: 'applyVolunteer',
  },
  // --- bookings -------------------------------------------------------------------
  'booking-new': {
    kind: 'booking',
    title: '有新的预约',
    body: (r) => `有居民预约了您 ${r.when}（${r.mode}）的时段。`,
    link: 'volunteerSlots',
  },
  'booking-cancelled-by-resident': {
    kind: 'booking',
    title: '预约已取消',
    body: (r) => `居民取消了 ${r.when}（${r.mode}）的预约，这个时间已重新开放。`,
    link: 'volunteerSlots',
  },
  /** To the resident: no time, no reason — she opens the app to see what changed. */
  'booking-changed': { kind: 'booking', title: '预约有变化', body: fixed('预约有变化，请打开小程序查看。'), link: 'myBookings' },
  'booking-reminder-24h': {
    kind: 'booking-reminder',
    title: '预约提醒',
    body: (r) => `您的预约将在 ${r.when}开始，方式：${r.mode}。`,
    link: 'myBookings',
    subscribe: reminder('明天之前'),
  },
  'booking-reminder-1h': {
    kind: 'booking-reminder',
    title: '预约快开始了',
    body: (r) => `您的预约将在 ${r.when}开始，方式：${r.mode}。`,
    link: 'myBookings',
    subscribe: reminder('1 小时后'),
  },
  'volunteer-reminder-24h': {
    kind: 'booking-reminder',
    title: '预约提醒',
    body: (r) => `您有一个预约将在 ${r.when}开始，方式：${r.mode}。`,
    link: 'volunteerSlots',
    subscribe: reminder('明天之前'),
  },
  'volunteer-reminder-1h': {
    kind: 'booking-reminder',
    title: '预约快开始了',
    body: (r) => `您有一个预约将在 ${r.when}开始，方式：${r.mode}。`,
    link: 'volunteerSlots',
    subscribe: reminder('1 小时后'),
  },
  // --- jobs -------------------------------------------------------------------------
  'fair-cancelled': { kind: 'fair-cancelled', title: '招聘会取消了', body: fixed('您关注的招聘会已取消，请打开小程序查看。'), link: 'fair' },
  /** hired / not suitable / contacted: one neutral text; the page shows the status. */
  'intention-updated': { kind: 'intention-updated', title: '求职意向有新进展', body: fixed(OPEN_APP), link: 'me' },
  // --- events ------------------------------------------------------------------------
  'event-cancelled': { kind: 'event-cancelled', title: '活动取消了', body: fixed('您报名的活动已取消，请打开小程序查看。'), link: 'eventDetail' },
  'event-reminder': {
    kind: 'event-reminder',
    title: '活动提醒',
    body: (r) => `您报名的活动将在 ${r.when}开始。`,
    link: 'eventDetail',
  },
  /** Time or place changed: no details in the text, the page shows them. */
  'event-changed': { kind: 'event-changed', title: '活动有变化', body: fixed('您报名的活动时间或地点有变化，请打开小程序查看。'), link: 'eventDetail' },
  // --- referrals (the referral page sends a community worker on to her case page) -----
  'referral-proposed': { kind: 'referral-proposed', title: '有一条新的建议等您确认', body: fixed(OPEN_APP), link: 'referral' },
  'referral-update': { kind: 'referral-update', title: '有新的进展', body: fixed(OPEN_APP), link: 'referral' },
  'referral-overdue': { kind: 'referral-overdue', title: '有一件事需要尽快跟进', body: fixed(OPEN_APP), link: 'districtReferrals' },
} as const satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;

export interface NotifyInput extends TemplateParams {
  template: TemplateName;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The text, link and subscribe payload of one template; pure, so tests can render every one. */
export function renderTemplate(name: TemplateName, params: TemplateParams = {}) {
  const t: Template = TEMPLATES[name];
  const r: Rendered = {
    when: params.at ? `${beijingDateTime(params.at)}（北京时间）` : '',
    mode: params.mode ? SLOT_MODE_LABELS[params.mode] : '',
  };
  // Ids are system-made; anything else would be free text in a link, so it is dropped.
  const id = params.id && SAFE_ID.test(params.id) ? params.id : undefined;
  return {
    kind: t.kind,
    title: t.title,
    body: t.body(r),
    link: pageUrl(t.link, { id }),
    subscribe: t.subscribe ? { template: t.subscribe.template, data: t.subscribe.data(r) } : undefined,
  };
}

/**
 * Puts a note in the in-app inbox (kept 90 days) and, best effort, sends the WeChat
 * subscribe message when the template has one and the user has an openid.
 */
export async function notify(deps: Deps, user: { id: string; openid?: string }, input: NotifyInput): Promise<void> {
  const { template, ...params } = input;
  const out = renderTemplate(template, params);
  const now = deps.clock();
  await putNotification(deps, user.id, {
    id: deps.ids(),
    kind: out.kind,
    template,
    title: out.title,
    body: out.body,
    link: out.link,
    createdAt: now.toISOString(),
    read: false,
    expiresAt: Math.floor((now.getTime() + NOTIFICATION_TTL_DAYS * DAY_MS) / 1000),
  });
  if (out.subscribe && user.openid) {
    try {
      await deps.wechat.sendSubscribeMessage({
        openid: user.openid,
        templateId: deps.config.wechat.templates[out.subscribe.template],
        page: out.link,
        data: out.subscribe.data,
      });
    } catch {
      // The inbox already holds it; a failed push must not fail the action that caused it.
      logger.warn('subscribe message failed', { fn: out.kind });
    }
  }
}

export async function listNotifications(
  deps: Deps,
  userId: string,
  limit: number,
  cursor?: string,
): Promise<Page<Notification>> {
  const nowSeconds = Math.floor(deps.clock().getTime() / 1000);
  const page = await queryNotifications(deps, userId, nowSeconds, limit, cursor);
  return {
    items: page.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title,
      body: i.body,
      link: i.link,
      createdAt: i.createdAt,
      read: i.read,
    })),
    nextCursor: page.nextCursor,
  };
}
