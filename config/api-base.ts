/**
 * The API base the client is built with. H5 talks to the gateway on its own origin (''). A WeChat
 * client refuses relative and plain-http URLs, so a weapp production build without an https
 * base would ship a package whose every request fails: refuse to build it.
 */
export function apiBaseFor(platform: string, env: NodeJS.ProcessEnv): string {
  if (platform === 'h5') return '';
  const base = (env.TARO_APP_API_BASE ?? '').trim();
  const production = env.NODE_ENV !== 'development';
  if (production && !/^https:\/\/[^/\s]+/.test(base)) {
    throw new Error(
      `TARO_APP_API_BASE must be the deployed HTTPS API base for a ${platform} production build ` +
        `(got ${base ? JSON.stringify(base) : 'nothing'}). WeChat rejects relative and http:// request URLs. ` +
        'Example: TARO_APP_API_BASE=https://api.example.cn npm run build:weapp ' +
        '(npm test builds with https://api.example.invalid).',
    );
  }
  return base.replace(/\/+$/, '');
}
