import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { loadSecrets, secretsManagerFetcher, signV4, withSecrets, SECRETS } from '../../functions/platform/secrets';

/** Secrets Manager as a map of ARN → SecretString, counting calls. */
function fakeSecretsManager(values: Record<string, string>) {
  const calls: string[] = [];
  const fetcher = async (arn: string) => {
    calls.push(arn);
    if (!(arn in values)) throw new Error('ResourceNotFoundException');
    return values[arn];
  };
  return { fetcher, calls };
}

const ARNS = {
  token: 'arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:tayuan/token-secret-AbCdEf',
  cursor: 'arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:tayuan/cursor-secret-AbCdEf',
  fieldKey: 'arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:tayuan/field-key-AbCdEf',
  wechat: 'arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:tayuan/wechat-AbCdEf',
};

describe('loadSecrets', () => {
  it('fills the config variables from the secrets whose ARNs are set', async () => {
    const sm = fakeSecretsManager({
      [ARNS.token]: JSON.stringify({ current: 'token-value', previous: 'old-token-value' }),
      [ARNS.cursor]: 'cursor-value',
      [ARNS.fieldKey]: 'field-key-value',
      [ARNS.wechat]: JSON.stringify({ appId: 'wx123', secret: 'wechat-secret' }),
    });
    const env: NodeJS.ProcessEnv = {
      [SECRETS.token.arnEnv]: ARNS.token,
      [SECRETS.cursor.arnEnv]: ARNS.cursor,
      [SECRETS.fieldKey.arnEnv]: ARNS.fieldKey,
      [SECRETS.wechat.arnEnv]: ARNS.wechat,
    };

    await loadSecrets(env, sm.fetcher);

    expect(env).toMatchObject({ TOKEN_SECRET: 'token-value', TOKEN_SECRET_PREVIOUS: 'old-token-value', CURSOR_SECRET: 'cursor-value', FIELD_KEY: 'field-key-value', WECHAT_APPID: 'wx123', WECHAT_SECRET: 'wechat-secret' });
    expect(sm.calls.sort()).toEqual(Object.values(ARNS).sort());
  });

  it('does nothing when no ARN is set (local runs and tests)', async () => {
    const sm = fakeSecretsManager({});
    const env: NodeJS.ProcessEnv = { TOKEN_SECRET: 'local' };

    await loadSecrets(env, sm.fetcher);

    expect(env).toEqual({ TOKEN_SECRET: 'local' });
    expect(sm.calls).toEqual([]);
  });

  it('fetches only the secrets a function was given', async () => {
    const sm = fakeSecretsManager({ [ARNS.token]: JSON.stringify({ current: 't' }) });
    const env: NodeJS.ProcessEnv = { [SECRETS.token.arnEnv]: ARNS.token };

    await loadSecrets(env, sm.fetcher);

    expect(sm.calls).toEqual([ARNS.token]);
    expect(env.WECHAT_SECRET).toBeUndefined();
  });

  it('leaves the previous token key unset when the secret has none (no rotation yet)', async () => {
    const sm = fakeSecretsManager({ [ARNS.token]: JSON.stringify({ current: 'only-key' }) });
    const env: NodeJS.ProcessEnv = { [SECRETS.token.arnEnv]: ARNS.token, TOKEN_SECRET_PREVIOUS: 'stale' };

    await loadSecrets(env, sm.fetcher);

    expect(env.TOKEN_SECRET).toBe('only-key');
    expect(env.TOKEN_SECRET_PREVIOUS).toBeUndefined();
  });

  it('names the secret, not its value, when a JSON secret lacks a key', async () => {
    const sm = fakeSecretsManager({ [ARNS.wechat]: JSON.stringify({ appId: 'wx123', secretValue: 'oops' }) });
    const env: NodeJS.ProcessEnv = { [SECRETS.wechat.arnEnv]: ARNS.wechat };

    await expect(loadSecrets(env, sm.fetcher)).rejects.toThrow('Secret tayuan/wechat has no "secret"');
    await expect(loadSecrets(env, sm.fetcher)).rejects.not.toThrow(/oops|wx123/);
  });
});

describe('withSecrets', () => {
  const event = { rawPath: '/api/health' };

  it('loads the handler only after the secrets are in the environment, once per container', async () => {
    const sm = fakeSecretsManager({ [ARNS.token]: JSON.stringify({ current: 'from-secrets-manager' }) });
    const env: NodeJS.ProcessEnv = { [SECRETS.token.arnEnv]: ARNS.token };
    let loads = 0;
    const handler = withSecrets(
      () => {
        loads += 1;
        const seen = env.TOKEN_SECRET;
        return async () => ({ statusCode: 200, body: String(seen) });
      },
      { env, fetcher: sm.fetcher },
    );

    const results = await Promise.all([handler(event, {}), handler(event, {}), handler(event, {})]);

    expect(results.map((r) => r.body)).toEqual(['from-secrets-manager', 'from-secrets-manager', 'from-secrets-manager']);
    expect(loads).toBe(1);
    expect(sm.calls).toHaveLength(1);
  });

  it('retries on the next invocation when Secrets Manager failed', async () => {
    let failures = 1;
    const fetcher = async () => {
      if (failures-- > 0) throw new Error('throttled');
      return JSON.stringify({ current: 'second-try' });
    };
    const env: NodeJS.ProcessEnv = { [SECRETS.token.arnEnv]: ARNS.token };
    const handler = withSecrets(() => async () => ({ statusCode: 200, body: String(env.TOKEN_SECRET) }), { env, fetcher });

    await expect(handler(event, {})).rejects.toThrow('throttled');
    await expect(handler(event, {})).resolves.toEqual({ statusCode: 200, body: 'second-try' });
  });
});

describe('the Secrets Manager fetcher', () => {
  it('signs a GetSecretValue call to the China endpoint and returns the SecretString', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify({ SecretString: 's3cret' }), { status: 200 });
    }) as unknown as typeof fetch;
    const fetcher = secretsManagerFetcher(
      { AWS_REGION: 'cn-northwest-1', AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'SECRET', AWS_SESSION_TOKEN: 'TOKEN' },
      fakeFetch,
    );

    await expect(fetcher(ARNS.token)).resolves.toBe('s3cret');

    expect(sent[0].url).toBe('https://secretsmanager.cn-northwest-1.amazonaws.com.cn/');
    const headers = sent[0].init.headers as Record<string, string>;
    expect(headers['x-amz-target']).toBe('secretsmanager.GetSecretValue');
    expect(headers['x-amz-security-token']).toBe('TOKEN');
    expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/cn-northwest-1\/secretsmanager\/aws4_request, /);
    expect(JSON.parse(String(sent[0].init.body))).toEqual({ SecretId: ARNS.token });
  });

  it('fails without echoing the reply when Secrets Manager refuses', async () => {
    const fakeFetch = (async () => new Response('{"message":"AccessDenied for arn"}', { status: 400 })) as unknown as typeof fetch;
    const fetcher = secretsManagerFetcher({ AWS_REGION: 'cn-northwest-1' }, fakeFetch);

    await expect(fetcher(ARNS.token)).rejects.toThrow('GetSecretValue failed with status 400');
  });
});

describe('signV4', () => {
  it("matches AWS's published get-vanilla test vector", () => {
    const headers = signV4({
      method: 'GET',
      host: 'example.amazonaws.com',
      path: '/',
      region: 'us-east-1',
      service: 'service',
      headers: {},
      body: '',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      now: new Date('2015-08-30T12:36:00Z'),
    });
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, ' +
        'Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it("agrees with the AWS SDK's own signer on a GetSecretValue request", async () => {
    const toBytes = (d: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
      typeof d === 'string' ? d : d instanceof ArrayBuffer ? new Uint8Array(d) : new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
    class Sha256 {
      private readonly h;
      constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
        this.h = secret ? createHmac('sha256', toBytes(secret)) : createHash('sha256');
      }
      update(data: string | ArrayBuffer | ArrayBufferView) {
        this.h.update(toBytes(data));
      }
      async digest() {
        return new Uint8Array(this.h.digest());
      }
    }
    const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN' };
    const host = 'secretsmanager.cn-northwest-1.amazonaws.com.cn';
    const body = JSON.stringify({ SecretId: ARNS.wechat });
    const base = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'secretsmanager.GetSecretValue' };
    const now = new Date('2026-11-28T12:00:00Z');
    const sdk = new SignatureV4({ credentials, region: 'cn-northwest-1', service: 'secretsmanager', sha256: Sha256, applyChecksum: false });
    const signed = await sdk.sign(
      { method: 'POST', protocol: 'https:', hostname: host, path: '/', query: {}, headers: { host, ...base }, body },
      { signingDate: now },
    );

    const mine = signV4({ method: 'POST', host, path: '/', region: 'cn-northwest-1', service: 'secretsmanager', headers: base, body, credentials, now });

    expect(mine.authorization).toBe(signed.headers.authorization);
  });
});
