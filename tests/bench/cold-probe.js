// Runs in a fresh node process: require one bundle, invoke it once with an HTTP API
// event for a path no function serves (no database call), print the times as JSON.
const { performance } = require('node:perf_hooks');
const file = process.argv[2];
const t0 = performance.now();
const mod = require(file);
const t1 = performance.now();
const event = {
  version: '2.0',
  routeKey: '$default',
  rawPath: '/api/__cold-start-probe',
  rawQueryString: '',
  headers: { host: 'localhost' },
  requestContext: { http: { method: 'GET', path: '/api/__cold-start-probe', sourceIp: '127.0.0.1' }, requestId: 'bench' },
  isBase64Encoded: false,
};
Promise.resolve(mod.handler(event, {})).then((res) => {
  const t2 = performance.now();
  process.stdout.write('\nCOLD ' + JSON.stringify({ requireMs: t1 - t0, firstResponseMs: t2 - t0, status: res && res.statusCode }));
});
