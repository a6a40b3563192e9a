import { build, type BuildOptions, type Metafile, type OnLoadResult, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROUTES, type FunctionName } from '../functions/routes';
import { KB_INDEX_FILE, packageKb } from '../functions/qa/kb-package';
import { readArticleDir } from '../functions/qa/seed';

/**
 * `npm run package`: one esbuild bundle per function of the route table, at
 * dist/functions/<name>/index.js, which the CDK stack deploys as that function's code.
 *
 * The bundle's entry is a small wrapper, not handler.ts itself: it loads the
 * function's secrets (functions/platform/secrets.ts) and only then requires
 * handler.ts, whose module-level `defaultDeps()` therefore sees the filled env.
 *
 * The AWS SDK v3 is bundled (tree-shaken, minified) rather than marked external,
 * although the Node.js 22 Lambda runtime ships one: measured here (tests/bench,
 * `npm run bench -- --external-sdk`), cold load was a wash either way (±10 %, within
 * noise), so the deciding reason is that the deployed code runs exactly the SDK
 * version the tests run against, not whatever version the runtime carries that month.
 * Run with `--external-sdk` to compare.
 *
 * Two things stay out of every bundle because V8 compile time grows with bundle size
 * and they are dead weight for a JSON API (see the plugins below): the full mime-db
 * (Koa's content-type tables, ~280 KiB) and zod's ~40 error-message locales (~300 KiB).
 * And Koa is kept from loading undici on the first response (koaWithoutFetchGlobal).
 *
 * What a request may not need is in the bundle folder but not in index.js (LAZY_CHUNKS
 * below): the AWS SDK (sdk.js), jose (jose.js) and minisearch (minisearch.js) load on
 * first use, so a cold start parses ~250-300 KiB instead of ~850 KiB. The whole
 * folder is the Lambda asset; the handler stays `index.handler`.
 *
 * V8 code cache (LOADER_SOURCE and trainCodeCache below): esbuild's bundle is main.js, and index.js is a small
 * loader that compiles main.js and each lazy chunk with the V8 code cache made when packaging
 * (main.js.cache, sdk.js.cache …), so a cold start skips most parsing and compiling. The cache
 * is made by running the bundle once (scripts/code-cache-train.js) with the node that packages,
 * and V8 accepts it only from the same V8 version, flags and CPU architecture: package with the
 * Lambda's Node.js 22 on arm64 (infra/README.md). Any other cache is rejected and the file is
 * compiled from source as without it (one `code-cache-rejected` log line per file).
 *
 * The qa folder also gets kb-index.json: the search index built here from content/articles
 * (packed: terms sorted, postings as short strings; functions/qa/search.ts) with the content
 * hash, which qa loads instead of reading and indexing every article on a cold start while
 * the store's knowledge base has the same hash (functions/qa/kb-package.ts).
 */
export const ROOT = resolve(__dirname, '..');
export const OUT_DIR = join(ROOT, 'dist/functions');

export interface BundleResult {
  name: string;
  /** index.js: the entry Lambda calls (`index.handler`). */
  file: string;
  /** All code files of the bundle folder (not the code caches). */
  bytes: number;
  /** index.js and main.js: what a cold start loads before any lazy chunk. */
  coldBytes: number;
  /** The V8 code caches written beside the code files (0 without them). */
  cacheBytes: number;
  metafile: Metafile;
}

export interface BundleOptions {
  externalSdk?: boolean;
  outDir?: string;
  /** Ship a V8 code cache for main.js and the chunks the training run loads (default true). */
  codeCache?: boolean;
  /** Default true; false keeps names readable in a CPU profile. */
  minify?: boolean;
}

/** Content types a JSON API can meet; Koa/type-is look up only these. */
const MIME_TYPES = [
  'application/json',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
  'text/html',
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/xml',
  'text/xml',
  'image/png',
  'image/jpeg',
  'image/svg+xml',
];

/** Replaces mime-db (every type known to IANA and Apache) with the few above. */
export const trimMimeDb: Plugin = {
  name: 'trim-mime-db',
  setup(b) {
    b.onResolve({ filter: /^mime-db$/ }, (args) => ({
      path: require.resolve('mime-db/db.json', { paths: [args.resolveDir] }),
      namespace: 'trimmed-mime-db',
    }));
    b.onLoad({ filter: /.*/, namespace: 'trimmed-mime-db' }, (args) => {
      const db = JSON.parse(readFileSync(args.path, 'utf8')) as Record<string, unknown>;
      const kept = Object.fromEntries(MIME_TYPES.filter((t) => db[t]).map((t) => [t, db[t]]));
      return { contents: `module.exports = ${JSON.stringify(kept)};`, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * zod re-exports every locale as `z.locales`; nothing here uses it, and the default
 * English messages are imported separately. Keep `en` and `zhCN` only.
 */
export const trimZodLocales: Plugin = {
  name: 'trim-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic|core)[\\/]?$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, '../locales'), namespace: 'trimmed-zod-locales' };
    });
    b.onLoad({ filter: /.*/, namespace: 'trimmed-zod-locales' }, (args) => ({
      contents: `export { default as en } from './en.js';\nexport { default as zhCN } from './zh-CN.js';\n`,
      loader: 'js',
      resolveDir: args.path,
    }));
  },
};

/**
 * Koa 3 asks `body instanceof Response` for every response body, and merely reading
 * Node's lazy `Response` global loads the whole bundled undici (fetch): 120-150 ms
 * measured here on a busy machine, paid on every cold start of every function,
 * although no function ever answers with a fetch Response. The check becomes a
 * toStringTag test, which is true for the same objects (undici's Response has the
 * tag "Response") without touching the global. If Koa changes these lines the
 * build fails here instead of silently losing the patch.
 */
export const koaWithoutFetchGlobal: Plugin = {
  name: 'koa-without-fetch-global',
  setup(b) {
    b.onLoad({ filter: /[\\/]koa[\\/]lib[\\/](response|application)\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      let count = 0;
      const patched = source.replace(/([\w.?]+) instanceof Response\b/g, (_m, v: string) => {
        count += 1;
        return `__isFetchResponse(${v})`;
      });
      if (count !== 1) throw new Error(`koa-without-fetch-global: expected one \`instanceof Response\` in ${args.path}, found ${count}`);
      const helper = "const __isFetchResponse = (v) => Object.prototype.toString.call(v) === '[object Response]';\n";
      return { contents: helper + patched, loader: 'js' };
    });
  },
};

/**
 * The shared modules (shared/*.ts) build their zod schemas at module level, and a function that
 * imports a module for one schema or constant would build every schema in it on a cold start
 * (platform/limits.ts takes one number from shared/qa.ts). Every call in the initializer of a
 * top-level `const` there (outside function bodies) is marked pure, so esbuild drops the
 * declarations a function never uses; a used one is unchanged. These initializers only build
 * values (schemas, tables; no registration, no I/O), which is what makes this safe.
 */
export function markTopLevelCallsPure(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const starts = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node)) starts.add(node.getStart(file));
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) if (d.initializer) visit(d.initializer);
  }
  let out = source;
  for (const at of [...starts].sort((a, b) => b - a)) out = `${out.slice(0, at)}/* @__PURE__ */ ${out.slice(at)}`;
  return out;
}

export const pureSharedSchemas: Plugin = {
  name: 'pure-shared-schemas',
  setup(b) {
    const dir = join(ROOT, 'shared');
    b.onLoad({ filter: /[\\/]shared[\\/][\w.-]+\.ts$/ }, (args) => {
      if (dirname(args.path) !== dir) return undefined;
      return { contents: markTopLevelCallsPure(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' };
    });
  },
};

/**
 * Packages a function needs only for some requests. Each group is bundled into its own
 * file beside main.js (`sdk.js`, `jose.js`, `minisearch.js`), holding only the exports the
 * bundle uses (buildLazyChunk), and main.js gets a stand-in module instead: it has those
 * export names, and reading any of them requires the real file once. Imports stay plain `import { PutCommand } from
 * '@aws-sdk/lib-dynamodb'` in the source; what moves is only *when* the code is
 * loaded: the SDK on the first `db.doc.send(...)` (functions/platform/db.ts makes the
 * client on first use), jose on the first token check or sign-in, minisearch on the
 * first search, exceljs on the first .xlsx export or import. A request that needs none of them never parses them.
 */
export const LAZY_CHUNKS: Record<string, string[]> = {
  sdk: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'],
  jose: ['jose'],
  minisearch: ['minisearch'],
  // Only the .xlsx routes (exports, imports) need it; at about 1 MB it would dominate a cold start.
  exceljs: ['exceljs'],
};
const chunkOf = (pkg: string) => Object.keys(LAZY_CHUNKS).find((c) => LAZY_CHUNKS[c].includes(pkg));
const LAZY_FILTER = new RegExp(`^(${Object.values(LAZY_CHUNKS).flat().map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);

interface LazyChunk {
  file: string;
  /** Export names of each package, read from the built chunk in a separate node process. */
  names: Record<string, string[]>;
  metafile: Metafile;
}

/**
 * Builds `<chunk>.js`: first whole, to read each package's export names (in a separate node
 * process); then, when `used` is given, again with only the names the bundle uses imported by
 * name, so esbuild leaves out what is never reached. The SDK is then built from its ES modules
 * (`module` before `main`): its CommonJS build is one file per package that cannot be
 * tree-shaken (client-dynamodb's carries every command and schema of DynamoDB).
 */
async function buildLazyChunk(chunk: string, outdir: string, opts: BundleOptions, used?: Set<string>): Promise<LazyChunk> {
  const pkgs = LAZY_CHUNKS[chunk];
  const file = join(outdir, `${chunk}.js`);
  const chunkBuild = (contents: string, mainFields?: string[]) =>
    build({
      ...common(opts),
      ...NO_DYNAMIC_IMPORT,
      ...(mainFields ? { mainFields } : {}),
      stdin: { contents, resolveDir: ROOT, sourcefile: `lazy-${chunk}.ts`, loader: 'ts' },
      outfile: file,
    });
  const whole =
    pkgs.map((p, i) => `import * as p${i} from ${JSON.stringify(p)};`).join('\n') +
    `\nexport const packages = { ${pkgs.map((p, i) => `${JSON.stringify(p)}: p${i}`).join(', ')} };\n`;
  const first = await chunkBuild(whole);
  const script = `const p = require(process.argv[1]).packages; console.log(JSON.stringify(Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Object.getOwnPropertyNames(v).filter((n) => n !== '__esModule')]))));`;
  const out = execFileSync(process.execPath, ['-e', script, file], {
    encoding: 'utf8',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const all = JSON.parse(out) as Record<string, string[]>;
  if (!used || opts.externalSdk) return { file, names: all, metafile: first.metafile };
  // `default` is esbuild's CommonJS interop, absent from the SDK's ES modules (nothing imports it).
  const esm = chunk === 'sdk';
  const names = Object.fromEntries(pkgs.map((p) => [p, (all[p] ?? []).filter((n) => used.has(n) && !(esm && n === 'default'))]));
  const named =
    pkgs.map((p, i) => `import { ${names[p].map((n, j) => `${n} as p${i}_${j}`).join(', ')} } from ${JSON.stringify(p)};`).join('\n') +
    `\nexport const packages = { ${pkgs.map((p, i) => `${JSON.stringify(p)}: { ${names[p].map((n, j) => `${JSON.stringify(n)}: p${i}_${j}`).join(', ')} }`).join(', ')} };\n`;
  const trimmed = await chunkBuild(named, esm ? ['module', 'main'] : undefined);
  return { file, names, metafile: trimmed.metafile };
}

/** The stand-in module for `pkg`: every export is a getter that loads the chunk on first read. */
function lazyStandIn(pkg: string, chunk: string, names: string[]): string {
  return [
    `let m;`,
    `const load = () => (m ??= require(${JSON.stringify(`./${chunk}.js`)}).packages[${JSON.stringify(pkg)}]);`,
    `Object.defineProperty(exports, '__esModule', { value: true });`,
    `for (const k of ${JSON.stringify(names)}) Object.defineProperty(exports, k, { enumerable: true, get: () => load()[k] });`,
  ].join('\n');
}

/**
 * Swaps the LAZY_CHUNKS packages for stand-ins and builds each chunk that is used. A stand-in
 * exports only the names in `used` (every identifier in the output of a first build made with
 * empty stand-ins), i.e. at least every name the code can reach: @aws-sdk/client-dynamodb alone has about 600 exports, and defining a getter for each,
 * then copying them all once more (esbuild's ESM interop), was measurable on every cold start.
 */
function lazyPackages(outdir: string, opts: BundleOptions, chunks: Map<string, Promise<LazyChunk>>, used: Set<string> | 'first build'): Plugin {
  return {
    name: 'lazy-packages',
    setup(b) {
      b.onResolve({ filter: LAZY_FILTER }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
      b.onResolve({ filter: /^\.\/[\w-]+\.js$/, namespace: 'lazy-package' }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, async (args): Promise<OnLoadResult> => {
        // The first build is only read for the names the code uses: an empty stand-in lists none itself.
        if (used === 'first build') return { contents: 'module.exports = {};', loader: 'js' };
        const chunk = chunkOf(args.path) as string;
        if (!chunks.has(chunk)) chunks.set(chunk, buildLazyChunk(chunk, outdir, opts, used));
        const built = await (chunks.get(chunk) as Promise<LazyChunk>);
        const names = (built.names[args.path] ?? []).filter((n) => used.has(n));
        return { contents: lazyStandIn(args.path, chunk, names), loader: 'js', resolveDir: outdir };
      });
    },
  };
}

/** One metafile for index.js plus its chunks (index.js first: what a cold start loads). */
function mergeMeta(main: Metafile, chunks: LazyChunk[]): Metafile {
  return {
    inputs: Object.assign({}, main.inputs, ...chunks.map((c) => c.metafile.inputs)) as Metafile['inputs'],
    outputs: Object.assign({}, main.outputs, ...chunks.map((c) => c.metafile.outputs)) as Metafile['outputs'],
  };
}

const common = (opts: BundleOptions): BuildOptions & { metafile: true } => ({
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: opts.minify ?? true,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  external: opts.externalSdk ? ['@aws-sdk/*', '@smithy/*'] : [],
  plugins: [trimMimeDb, trimZodLocales, koaWithoutFetchGlobal, pureSharedSchemas],
});

/**
 * handler.ts is imported, not required on first call: as one ES module graph esbuild hoists it
 * and drops unused exports (with pureSharedSchemas, unused schemas). Its app, and with it the
 * configuration, is built on the first invocation (platform/http.ts onFirstCall), after withSecrets.
 */
const wrapperSource = `
import { withSecrets } from '../platform/secrets';
import { handler as appHandler } from './handler';
export const handler = withSecrets(() => appHandler);
`;

export async function bundleFunction(name: string, opts: BundleOptions = {}): Promise<BundleResult> {
  const fnDir = join(ROOT, 'functions', name);
  if (!existsSync(join(fnDir, 'handler.ts'))) throw new Error(`functions/${name}/handler.ts does not exist yet`);
  const outdir = join(opts.outDir ?? OUT_DIR, name);
  const entry = { stdin: { contents: wrapperSource, resolveDir: fnDir, sourcefile: `functions/${name}/lambda-entry.ts`, loader: 'ts' as const } };
  const r = await bundleLazily(entry, outdir, opts, () => {
    if (name === 'qa') writeFileSync(join(outdir, KB_INDEX_FILE), JSON.stringify(packageKb(readArticleDir())));
  });
  // Beside, not inside, the bundle folder: that folder is the Lambda asset.
  writeFileSync(join(opts.outDir ?? OUT_DIR, `${name}.meta.json`), JSON.stringify(r.metafile));
  return { ...r, name };
}

/**
 * Bundles any entry file the same way as a function, lazy packages and code cache included
 * (the bench's framework floor); with `{ lazy: false }` as one single file without a code
 * cache (the bench's bare handler, which loads the SDK at once anyway), or with `codeCache`
 * as one file with a code cache and the SDK from its ES modules (the bench's bare+cc).
 */
export async function bundleEntry(
  entry: string,
  outdir: string,
  opts: BundleOptions & { lazy?: boolean; trainingPaths?: string[] } = {},
): Promise<BundleResult> {
  if (opts.lazy === false) {
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    const codeCache = opts.codeCache === true;
    const file = join(outdir, 'index.js');
    // With the code cache, also the SDK from its ES modules, as in the functions' sdk.js.
    const packaged = codeCache ? { ...NO_DYNAMIC_IMPORT, mainFields: ['module', 'main'] } : {};
    const result = await build({ ...common(opts), ...packaged, entryPoints: [entry], outfile: codeCache ? join(outdir, MAIN_FILE) : file });
    if (!codeCache) return { name: entry, file, bytes: sizeOf(result.metafile), coldBytes: sizeOf(result.metafile), cacheBytes: 0, metafile: result.metafile };
    writeFileSync(file, LOADER_SOURCE);
    const cacheBytes = trainCodeCache(outdir, opts.trainingPaths);
    const bytes = sizeOf(result.metafile) + Buffer.byteLength(LOADER_SOURCE);
    return { name: entry, file, bytes, coldBytes: bytes, cacheBytes, metafile: result.metafile };
  }
  return { ...(await bundleLazily({ entryPoints: [entry] }, outdir, opts)), name: entry };
}

async function bundleLazily(entry: BuildOptions, outdir: string, opts: BundleOptions, beforeTraining?: () => void): Promise<Omit<BundleResult, 'name'>> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const file = join(outdir, 'index.js');
  const chunks = new Map<string, Promise<LazyChunk>>();
  const base = common(opts);
  const outfile = join(outdir, MAIN_FILE);
  // First build in memory, to learn which stand-in exports the code reaches (lazyPackages).
  const first = await build({ ...base, ...NO_DYNAMIC_IMPORT, ...entry, outfile, write: false, plugins: [...(base.plugins ?? []), lazyPackages(outdir, opts, chunks, 'first build')] });
  const used = new Set(first.outputFiles.flatMap((f) => f.text.match(/[A-Za-z_$][\w$]*/g) ?? []));
  const plugins = [...(base.plugins ?? []), lazyPackages(outdir, opts, chunks, used)];
  const result = await build({ ...base, ...NO_DYNAMIC_IMPORT, ...entry, metafile: true, outfile, plugins });
  writeFileSync(file, LOADER_SOURCE);
  const metafile = mergeMeta(result.metafile, await Promise.all(chunks.values()));
  beforeTraining?.();
  const cacheBytes = opts.codeCache === false ? 0 : trainCodeCache(outdir);
  const loaderBytes = Buffer.byteLength(LOADER_SOURCE);
  return { file, bytes: sizeOf(metafile) + loaderBytes, coldBytes: sizeOf(result.metafile) + loaderBytes, cacheBytes, metafile };
}

/**
 * A script compiled from a V8 code cache cannot run import() (node has no dynamic-import
 * callback for it; the SDK loads some builtins that way, e.g. node:http for instance metadata):
 * esbuild turns import() into require() in every file the loader compiles.
 */
const NO_DYNAMIC_IMPORT = { supported: { 'dynamic-import': false } } as const;

/** esbuild's bundle; index.js is the loader below. */
const MAIN_FILE = 'main.js';

/**
 * index.js of every bundle folder. It compiles main.js, and each lazy chunk main.js asks for
 * (`require('./sdk.js')`), with the V8 code cache beside it when there is one (`<file>.cache`);
 * V8 checks the cache (version, flags, architecture, source) and compiles from source when it
 * does not fit, which is then logged once per file. The modules are ordinary CommonJS modules
 * in require.cache, under their own file names.
 */
export const LOADER_SOURCE = `'use strict';
// The bundle is main.js; see scripts/package-functions.ts (V8 code cache).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');
const scripts = new Map();
function load(name) {
  const filename = join(__dirname, name);
  const done = require.cache[filename];
  if (done) return done.exports;
  const source = readFileSync(filename, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(filename + '.cache');
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename, cachedData });
  if (cachedData && script.cachedDataRejected) {
    process.stdout.write(JSON.stringify({ level: 'warn', msg: 'code-cache-rejected', file: name, node: process.version, arch: process.arch }) + '\\n');
  }
  scripts.set(name, script);
  const m = new Module(filename, module);
  m.filename = filename;
  m.paths = module.paths;
  const base = Module.createRequire(filename);
  const req = Object.assign((id) => (/^\\.\\/[\\w-]+\\.js$/.test(id) ? load(id.slice(2)) : base(id)), base);
  require.cache[filename] = m;
  try {
    script.runInThisContext().call(m.exports, m.exports, req, m, filename, __dirname);
  } catch (e) {
    delete require.cache[filename];
    throw e;
  }
  m.loaded = true;
  return m.exports;
}
if (process.env.TAYUAN_CODE_CACHE_TRAINING === '1') globalThis[Symbol.for('tayuan.codeCache')] = { load, scripts };
module.exports = load('${MAIN_FILE}');
`;

/**
 * Runs the bundle once in a fresh node (scripts/code-cache-train.js: a request no route
 * serves, then the SDK, jose and minisearch chunks through their usual calls against a stub
 * DynamoDB endpoint; `extraPaths`: GET requests sent as well) and writes each loaded file's
 * V8 code cache beside it. Returns the bytes written.
 */
function trainCodeCache(outdir: string, extraPaths: string[] = []): number {
  const out = execFileSync(process.execPath, [join(__dirname, 'code-cache-train.js'), outdir, JSON.stringify(extraPaths)], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const line = out.split('\n').find((l) => l.startsWith('CODE-CACHE '));
  if (!line) throw new Error(`code cache training of ${outdir} printed no result:\n${out}`);
  return (JSON.parse(line.slice('CODE-CACHE '.length)) as { bytes: number }).bytes;
}

const sizeOf = (meta: Metafile) => Object.values(meta.outputs).reduce((n, o) => n + o.bytes, 0);

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const externalSdk = process.argv.includes('--external-sdk');
  const codeCache = !process.argv.includes('--no-code-cache');
  const names = Object.keys(ROUTES) as FunctionName[];
  const missing: string[] = [];
  for (const name of names) {
    if (!existsSync(join(ROOT, 'functions', name, 'handler.ts'))) {
      missing.push(name);
      continue;
    }
    const r = await bundleFunction(name, { externalSdk, codeCache });
    console.log(
      `${name.padEnd(9)} ${kib(r.bytes).padStart(10)}  ${relative(ROOT, r.file)} (${kib(r.coldBytes)}; the rest loads on first use; code cache ${kib(r.cacheBytes)})`,
    );
  }
  if (missing.length) {
    console.error(`Not packaged (no handler.ts yet): ${missing.join(', ')}`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
