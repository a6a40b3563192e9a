import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchApiLatency } from './api-latency';
import { taroBuild, writeBareApp } from './bare-app';
import { benchColdLoad } from './cold-load';
import { benchH5Phone } from './h5-phone';
import { benchSearch } from './search-latency';
import { round2 } from './stats';
import { benchWeappSize, MAIN_BUDGET_KIB, weappSizes } from './weapp-size';

// The SDK warns that it will need Node 22 (Lambda runs 22); noise in a figures report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** The value after a flag (`--json out.json`), or undefined. */
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The bare Taro React app's weapp main package, built with this project's toolchain and config. */
async function bareWeapp() {
  const out = join(tmpdir(), `perf-bare-weapp-${process.pid}`);
  await taroBuild(writeBareApp(), 'weapp', out, { TARO_APP_API_BASE: 'https://api.example.invalid' });
  return weappSizes(out);
}

/**
 * `npm run bench`: prints figures, asserts nothing. A few minutes on this machine.
 * `--json <file>` also writes them as JSON (keys below are stable; figures in ms, bytes and ratios).
 * `--external-sdk` also measures the bundles with the AWS SDK left to the Lambda runtime.
 * `--no-bare` skips building the bare Taro app the weapp size is compared with.
 * `--no-h5` skips the H5 slow-phone bench (H5_DIR / BARE_H5_DIR reuse existing builds;
 * `--waterfall` prints its requests).
 */
async function main() {
  const started = performance.now();
  console.log(`她援 bench · node ${process.version} · ${new Date().toISOString()}`);
  const bare = process.argv.includes('--no-bare') ? null : await bareWeapp();
  const weapp = benchWeappSize(bare);
  const coldLoad = await benchColdLoad();
  const coldLoadExternalSdk = process.argv.includes('--external-sdk') ? await benchColdLoad({ externalSdk: true }) : null;
  const apiLatency = await benchApiLatency();
  const search = await benchSearch();
  const h5Phone = process.argv.includes('--no-h5') ? null : await benchH5Phone();
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`\nDone in ${seconds} s.`);
  const file = flag('--json');
  if (file) {
    const figures = {
      schema: 'tayuan-bench/1',
      node: process.version,
      at: new Date().toISOString(),
      weapp: weapp && {
        mainBytes: weapp.mainBytes,
        mainBudgetBytes: MAIN_BUDGET_KIB * 1024,
        bareMainBytes: bare?.mainBytes ?? null,
        mainVsBare: bare ? round2(weapp.mainBytes / bare.mainBytes) : null,
        subpackages: weapp.subpackages,
        totalBytes: weapp.totalBytes,
      },
      coldLoad,
      coldLoadExternalSdk,
      apiLatency: [apiLatency],
      search,
      h5Phone,
      seconds,
    };
    writeFileSync(file, JSON.stringify(figures, null, 2) + '\n');
    console.log(`Figures written to ${file}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
