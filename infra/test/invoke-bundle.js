// Runs in a fresh node process, as Lambda would: require one bundle, then send it
// the HTTP API events given as JSON in argv[3], one after another; print the replies.
// Each reply also lists the bundle folder's files loaded so far (index.js, then the
// lazy chunks such as sdk.js as requests need them).
const { basename, dirname } = require('node:path');
const bundle = require(process.argv[2]);
const loadedFiles = () =>
  Object.keys(require.cache)
    .filter((f) => dirname(f) === dirname(require.resolve(process.argv[2])))
    .map((f) => basename(f))
    .sort();
const events = JSON.parse(process.argv[3]);
(async () => {
  const replies = [];
  let token;
  for (const e of events) {
    const headers = { host: 'localhost', ...(e.body !== undefined ? { 'content-type': 'application/json' } : {}) };
    if (e.auth && token) headers.authorization = `Bearer ${token}`;
    const [rawPath, rawQueryString = ''] = e.url.split('?');
    const res = await bundle.handler(
      {
        version: '2.0',
        routeKey: '$default',
        rawPath,
        rawQueryString,
        headers,
        requestContext: { http: { method: e.method, path: rawPath, sourceIp: '127.0.0.1' }, requestId: 'bundle-test' },
        body: e.body,
        isBase64Encoded: false,
      },
      {},
    );
    let body;
    try {
      body = JSON.parse(res.body);
    } catch {
      body = res.body;
    }
    if (body && body.token) token = body.token;
    replies.push({ status: res.statusCode, body, contentType: (res.headers || {})['content-type'], loaded: loadedFiles() });
  }
  process.stdout.write('\nREPLIES ' + JSON.stringify(replies) + '\n');
})().catch((e) => {
  process.stdout.write('\nREPLIES ' + JSON.stringify({ crashed: String(e && e.message) }) + '\n');
});
