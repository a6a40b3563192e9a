/** The subscribe-message templates the app sends (ids registered in the WeChat console). */
export type SubscribeTemplate = 'qaUpdate' | 'bookingReminder';

/**
 * Configuration comes from the environment only. In the cloud the secrets are
 * resolved from SSM/Secrets Manager into these variables by the deploy stack
 * (see infra/); locally `functions/local` fills them in.
 */
export interface Config {
  tableName: string;
  region: string;
  /** Set locally and in tests to point the SDK at dynalite. */
  dynamoEndpoint?: string;
  /** 'local' lets `local:<handle>` codes sign in; must be set explicitly. */
  authMode: 'wechat' | 'local';
  tokenSecret: string;
  /** The key before the last rotation: still verifies tokens, never signs (see infra/README.md). */
  tokenSecretPrevious?: string;
  tokenTtlSeconds: number;
  /** Signs paging cursors; its own key, so a cursor can never pass for a token or the other way. */
  cursorSecret: string;
  /** New accounts per minute through local sign-in (AUTH_MODE=local), across everyone. */
  localSignupsPerMinute: number;
  /** 32-byte key, base64, for per-field AES-256-GCM encryption. */
  fieldKey: string;
  /** `templates`: registered subscribe-message template ids, set per deployment (CDK context). */
  wechat: { appId: string; secret: string; apiBase: string; templates: Record<SubscribeTemplate, string> };
}

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const v = env[name];
  if (!v) throw new Error(`Missing configuration ${name}`);
  return v;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const authMode = env.AUTH_MODE === 'local' ? 'local' : 'wechat';
  return {
    tableName: env.TABLE_NAME ?? 'tayuan',
    region: env.AWS_REGION ?? 'cn-northwest-1',
    dynamoEndpoint: env.DYNAMO_ENDPOINT || undefined,
    authMode,
    tokenSecret: required(env, 'TOKEN_SECRET'),
    tokenSecretPrevious: env.TOKEN_SECRET_PREVIOUS || undefined,
    // 12 hours: a token copied off a phone someone else holds is dead by the next day
    // (README, "Sessions"); the mini-program signs in again silently with wx.login.
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 12 * 3600),
    cursorSecret: required(env, 'CURSOR_SECRET'),
    localSignupsPerMinute: Number(env.LOCAL_SIGNUPS_PER_MINUTE ?? 10),
    fieldKey: required(env, 'FIELD_KEY'),
    wechat: {
      appId: authMode === 'wechat' ? required(env, 'WECHAT_APPID') : (env.WECHAT_APPID ?? ''),
      secret: authMode === 'wechat' ? required(env, 'WECHAT_SECRET') : (env.WECHAT_SECRET ?? ''),
      apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
      // The defaults are local stand-ins; a deployment sets the ids WeChat assigned.
      templates: {
        qaUpdate: env.QA_TEMPLATE_ID || 'qa-question-update',
        bookingReminder: env.WECHAT_TEMPLATE_BOOKING_REMINDER || 'booking-reminder',
      },
    },
  };
}

/**
 * The cursor-signing key. Read on use (not through Deps) because cursors are encoded deep in
 * store helpers; the secrets loader fills the variable before the first request.
 */
export const cursorSecret = (env: NodeJS.ProcessEnv = process.env): string => required(env, 'CURSOR_SECRET');
