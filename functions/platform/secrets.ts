import { createHash, createHmac } from 'node:crypto';

/**
 * Secrets reach a Lambda as references only: the deploy stack (infra/) puts the
 * ARN of each Secrets Manager secret a function may read into its environment,
 * and this loader fetches the values once per container and fills the variables
 * that config.ts reads. Locally and in tests no ARN is set and nothing happens.
 *
 * The one table of secrets, read by the loader and by the stack, so a new secret
 * cannot be granted without being loaded (or the other way round).
 */
export type SecretName = 'token' | 'cursor' | 'fieldKey' | 'wechat';

export interface SecretSpec {
  /** Environment variable that carries the secret's ARN. */
  arnEnv: string;
  /** Name of the secret in Secrets Manager. */
  secretName: string;
  /**
   * Config variable → key inside the secret's JSON, or null when the whole string is the
   * value. A key ending in `?` may be absent (the variable is then left unset).
   */
  fills: Record<string, string | null>;
  description: string;
}

export const SECRETS: Record<SecretName, SecretSpec> = {
  token: {
    arnEnv: 'TOKEN_SECRET_ARN',
    secretName: 'tayuan/token-secret',
    // Two keys for rotation without signing anyone out (infra/README.md, "Rotating the token key"):
    // tokens are signed with `current` and verified with `current`, then `previous`.
    fills: { TOKEN_SECRET: 'current', TOKEN_SECRET_PREVIOUS: 'previous?' },
    description: 'HS256 keys for session tokens {"current","previous"?}',
  },
  cursor: {
    arnEnv: 'CURSOR_SECRET_ARN',
    secretName: 'tayuan/cursor-secret',
    fills: { CURSOR_SECRET: null },
    description: 'HMAC key that signs paging cursors (never the token key)',
  },
  fieldKey: {
    arnEnv: 'FIELD_KEY_SECRET_ARN',
    secretName: 'tayuan/field-key',
    fills: { FIELD_KEY: null },
    description: '32-byte base64 key for per-field AES-256-GCM encryption',
  },
  wechat: {
    arnEnv: 'WECHAT_SECRET_ARN',
    secretName: 'tayuan/wechat',
    fills: { WECHAT_APPID: 'appId', WECHAT_SECRET: 'secret' },
    description: 'WeChat mini-program {"appId","secret"}',
  },
};

/** Returns the SecretString of a secret; injected so tests need no AWS account. */
export type SecretFetcher = (secretArn: string) => Promise<string>;

/** Fills process-style env from every secret whose ARN is set. Values never reach a log. */
export async function loadSecrets(env: NodeJS.ProcessEnv = process.env, fetcher?: SecretFetcher): Promise<void> {
  const wanted = Object.values(SECRETS).filter((s) => env[s.arnEnv]);
  if (wanted.length === 0) return;
  const fetchSecret = fetcher ?? secretsManagerFetcher(env);
  await Promise.all(
    wanted.map(async (spec) => {
      const raw = await fetchSecret(env[spec.arnEnv] as string);
      for (const [variable, jsonKey] of Object.entries(spec.fills)) {
        if (jsonKey === null) env[variable] = raw;
        else if (jsonKey.endsWith('?')) {
          const value = readOptionalJsonKey(raw, jsonKey.slice(0, -1), spec.secretName);
          if (value === undefined) delete env[variable];
          else env[variable] = value;
        } else env[variable] = readJsonKey(raw, jsonKey, spec.secretName);
      }
    }),
  );
}

function readOptionalJsonKey(raw: string, key: string, secretName: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`Secret ${secretName} must be JSON`);
  }
  const value = (parsed as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readJsonKey(raw: string, key: string, secretName: string): string {
  const value = readOptionalJsonKey(raw, key, secretName);
  if (value === undefined) throw new Error(`Secret ${secretName} has no "${key}"`);
  return value;
}

type AsyncHandler<E, C, R> = (event: E, context: C) => Promise<R>;

/**
 * Wraps a Lambda handler so secrets are loaded before the handler is first called.
 * `load` gives the handler once they are; the packaged handlers build their app (and read
 * the configuration through `defaultDeps()`) on their first call, so they see the filled env.
 * Loading starts at once (during the Lambda init phase); a failure is retried on
 * the next invocation instead of poisoning the container.
 */
export function withSecrets<E, C, R>(
  load: () => AsyncHandler<E, C, R>,
  opts: { env?: NodeJS.ProcessEnv; fetcher?: SecretFetcher } = {},
): AsyncHandler<E, C, R> {
  let ready: Promise<AsyncHandler<E, C, R>> | undefined;
  const start = () => {
    const p = loadSecrets(opts.env ?? process.env, opts.fetcher).then(() => {
      const handler = load();
      if (typeof handler !== 'function') throw new Error('The handler module exports no handler function');
      return handler;
    });
    p.catch(() => {
      if (ready === p) ready = undefined;
    });
    return p;
  };
  ready = start();
  return async (event, context) => {
    ready ??= start();
    const handler = await ready;
    return handler(event, context);
  };
}

/**
 * GetSecretValue over HTTPS, signed with AWS Signature V4 from the Lambda's role
 * credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN).
 * Written by hand because @aws-sdk/client-secrets-manager is not a dependency yet;
 * once it is, a fetcher built on it can replace this one without other changes.
 */
export function secretsManagerFetcher(env: NodeJS.ProcessEnv, fetchImpl: typeof fetch = fetch): SecretFetcher {
  return async (secretArn) => {
    const region = env.AWS_REGION ?? 'cn-northwest-1';
    const host = `secretsmanager.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
    const body = JSON.stringify({ SecretId: secretArn });
    const headers = signV4({
      method: 'POST',
      host,
      path: '/',
      region,
      service: 'secretsmanager',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'secretsmanager.GetSecretValue' },
      body,
      credentials: {
        accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
        sessionToken: env.AWS_SESSION_TOKEN,
      },
      now: new Date(),
    });
    const res = await fetchImpl(`https://${host}/`, { method: 'POST', headers, body, signal: AbortSignal.timeout(3000) });
    if (!res.ok) throw new Error(`GetSecretValue failed with status ${res.status}`);
    const reply = (await res.json()) as { SecretString?: unknown };
    if (typeof reply.SecretString !== 'string') throw new Error('GetSecretValue returned no SecretString');
    return reply.SecretString;
  };
}

export interface SignV4Input {
  method: string;
  host: string;
  path: string;
  query?: string;
  region: string;
  service: string;
  headers: Record<string, string>;
  body: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  now: Date;
}

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** AWS Signature Version 4; returns the headers to send, including Authorization. */
export function signV4(input: SignV4Input): Record<string, string> {
  const amzDate = input.now.toISOString().replace(/[:-]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.headers)) headers[k.toLowerCase()] = v.trim();
  headers.host = input.host;
  headers['x-amz-date'] = amzDate;
  if (input.credentials.sessionToken) headers['x-amz-security-token'] = input.credentials.sessionToken;
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const canonical = [
    input.method,
    input.path,
    input.query ?? '',
    names.map((n) => `${n}:${headers[n]}\n`).join(''),
    signedHeaders,
    sha256Hex(input.body),
  ].join('\n');
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  const kDate = hmac('AWS4' + input.credentials.secretAccessKey, day);
  const kSigning = hmac(hmac(hmac(kDate, input.region), input.service), 'aws4_request');
  const signature = createHmac('sha256', kSigning).update(toSign, 'utf8').digest('hex');
  // fetch sets Host itself and refuses it as a header.
  delete headers.host;
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
