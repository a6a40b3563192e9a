/**
 * Every error code the API can return, with the Chinese message a resident reads.
 * The HTTP status lives here too so that the one error mapper at the edge and the
 * client agree on what a code means.
 */
export const ERRORS = {
  INVALID_JSON: { status: 400, message: '提交的内容格式不对，请重试' },
  VALIDATION_FAILED: { status: 400, message: '填写的内容有误，请检查后再提交' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  LOGIN_FAILED: { status: 401, message: '登录没有成功，请重新打开小程序再试' },
  FORBIDDEN: { status: 403, message: '您没有权限做这件事' },
  CONSENT_REQUIRED: { status: 403, message: '提问前需要您先同意我们保护和使用您的信息' },
  NOT_FOUND: { status: 404, message: '没有找到这条内容' },
  ALREADY_APPLIED: { status: 409, message: '您已经报名过这个岗位了' },
  JOB_CLOSED: { status: 409, message: '这个岗位已经停止招聘' },
  ALREADY_CLAIMED: { status: 409, message: '这个问题已经有志愿者在回答了' },
  QUESTION_CLOSED: { status: 409, message: '这个问题已经结束了' },
  ALREADY_VOLUNTEER: { status: 409, message: '您已经提交过申请了' },
  SLOT_OVERLAP: { status: 409, message: '这个时间和您已有的时段重叠了' },
  SLOT_TAKEN: { status: 409, message: '该时段已被预约' },
  SLOT_BOOKED: { status: 409, message: '这个时段已经有人预约，不能删除' },
  BOOKING_LIMIT: { status: 409, message: '您已经有 2 个还没到时间的预约，请先完成或取消一个' },
  TOO_LATE: { status: 409, message: '离开始不到 2 小时，不能在线取消了。去不了的话，请联系妇联工作人员帮您转告志愿者' },
  TOO_EARLY: { status: 409, message: '预约时间还没到，现在不能做这一步' },
  INVALID_STATE: { status: 409, message: '现在不能做这一步，请刷新后再试' },
  VERSION_CONFLICT: { status: 409, message: '内容已被别人修改，请刷新后再试' },
  // events
  EVENT_FULL: { status: 409, message: '名额已经报满了' },
  ALREADY_SIGNED_UP: { status: 409, message: '您已经报名了这个活动' },
  EVENT_CANCELLED: { status: 409, message: '这个活动已经取消了' },
  EVENT_STARTED: { status: 409, message: '活动已经开始了，不能再报名或取消报名' },
  CHECKIN_CLOSED: { status: 409, message: '现在不是签到时间。活动开始前 1 小时到结束前可以签到' },
  CHECKIN_CODE_INVALID: { status: 400, message: '签到码不对或已过期，请扫现场屏幕上最新的码' },
  // referrals
  REFERRAL_CLAIMED: { status: 409, message: '这条转介已经有同事接手了' },
  REFERRAL_OPEN: { status: 409, message: '这件事已经有一条转介在进行中了' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容太长了' },
  CONTENT_REJECTED: { status: 422, message: '内容里有不能发布的词语，请修改后再提交' },
  RATE_LIMITED: { status: 429, message: '操作太频繁了，请稍后再试' },
  UPSTREAM_UNAVAILABLE: { status: 503, message: '服务暂时忙，请稍后再试' },
  INTERNAL: { status: 500, message: '系统出了点问题，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldIssue {
  path: string;
  message: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: FieldIssue[];
    /** With CONSENT_REQUIRED: the consent to ask for, so a client knows what version to send. */
    consent?: { kind: string; version: string };
  };
}
