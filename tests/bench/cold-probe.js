// Runs in a fresh node process: require one bundle, invoke it once, print the times
// as JSON. Without a request argument the event is a GET of a path no function
// serves (no database call); the bench's "first DB request" column passes
// [method, path, token] for a route that reads the store. cpuMs is the process's CPU time
// (user + system, all threads) over the same span: on a shared machine it moves less than the wall time.
const { performance } = require('node:perf_hooks');
const file = process.argv[2];
const [method, path, token] = process.argv[3] ? JSON.parse(process.argv[3]) : ['GET', '/api/__cold-start-probe', ''];
const c0 = process.cpuUsage();
const t0 = performance.now();
const mod = require(file);
const t1 = performance.now();
const [rawPath, rawQueryString = ''] = path.split('?');
const event = {
  version: '2.0',
  routeKey: '$default',
  rawPath,
  rawQueryString,
  headers: token ? { host: 'localhost', authorization: `Bearer ${token}` } : { host: 'localhost' },
  requestContext: { http: { method, path: rawPath, sourceIp: '127.0.0.1' }, requestId: 'bench' },
  isBase64Encoded: false,
};
Promise.resolve(mod.handler(event, {})).then((res) => {
  const t2 = performance.now();
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  process.stdout.write('\nCOLD ' + JSON.stringify({ requireMs: t1 - t0, firstResponseMs: t2 - t0, cpuMs, status: res && res.statusCode }));
  // The SDK keeps sockets open; the figure is taken, so end the process now.
  process.exit(0);
});
