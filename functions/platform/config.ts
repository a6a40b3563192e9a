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
  tokenTtlSeconds: number;
  /** 32-byte key, base64, for per-field AES-256-GCM encryption. */
  fieldKey: string;
  wechat: { appId: string; secret: string; apiBase: string };
}

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const v = env[name];
  if (!v) throw new Error(`Missing configuration ${name}`);
  return v;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const authMode = env.AUTH_MODE === 'local' ? 'local' : 'wechat';
  return {
    tableName: env.TABLE_NAME ?? 'taiyuan',
    region: env.AWS_REGION ?? 'cn-northwest-1',
    dynamoEndpoint: env.DYNAMO_ENDPOINT || undefined,
    authMode,
    tokenSecret: required(env, 'TOKEN_SECRET'),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 7 * 24 * 3600),
    fieldKey: required(env, 'FIELD_KEY'),
    wechat: {
      appId: authMode === 'wechat' ? required(env, 'WECHAT_APPID') : (env.WECHAT_APPID ?? ''),
      secret: authMode === 'wechat' ? required(env, 'WECHAT_SECRET') : (env.WECHAT_SECRET ?? ''),
      apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
    },
  };
}
