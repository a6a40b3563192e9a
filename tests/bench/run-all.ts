import { performance } from 'node:perf_hooks';
import { benchApiLatency } from './api-latency';
import { benchColdLoad } from './cold-load';
import { benchSearch } from './search-latency';
import { benchWeappSize } from './weapp-size';

// The SDK warns that it will need Node 22 (Lambda runs 22); noise in a figures report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/**
 * `npm run bench`: prints figures, asserts nothing. About a minute on this machine.
 * `--external-sdk` also measures the bundles with the AWS SDK left to the Lambda runtime.
 */
async function main() {
  const started = performance.now();
  console.log(`她援 bench · node ${process.version} · ${new Date().toISOString()}`);
  benchWeappSize();
  await benchColdLoad();
  if (process.argv.includes('--external-sdk')) await benchColdLoad({ externalSdk: true });
  await benchApiLatency();
  await benchSearch();
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
