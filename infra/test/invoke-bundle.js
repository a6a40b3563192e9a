// Runs in a fresh node process, as Lambda would: require one bundle, then send it
// the HTTP API events given as JSON in argv[3], one after another; print the replies.
const bundle = require(process.argv[2]);
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
    replies.push({ status: res.statusCode, body, contentType: (res.headers || {})['content-type'] });
  }
  process.stdout.write('\nREPLIES ' + JSON.stringify(replies) + '\n');
})().catch((e) => {
  process.stdout.write('\nREPLIES ' + JSON.stringify({ crashed: String(e && e.message) }) + '\n');
});
