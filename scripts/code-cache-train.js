// The code-cache training run of one bundle folder (scripts/package-functions.ts, "V8 code
// cache"), in a fresh node process: load index.js, send the handler a request no route serves
// (Koa, the router, serverless-http, the function's module-level work), then use each lazy chunk
// the way the functions do (the SDK's document client against a stub DynamoDB endpoint that
// answers every call with {}, jose signing and verifying a token, minisearch indexing and
// searching two documents); write the V8 code cache of every file loaded beside it.
// Usage: node scripts/code-cache-train.js <bundle folder> ['["/extra/get/path"]']
'use strict';
const { createServer } = require('node:http');
const { randomBytes } = require('node:crypto');
const { existsSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const dir = resolve(process.argv[2]);
const extraPaths = JSON.parse(process.argv[3] || '[]');

const event = (path) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'localhost' },
  requestContext: { http: { method: 'GET', path, sourceIp: '127.0.0.1' }, requestId: 'code-cache-training' },
  isBase64Encoded: false,
});

async function main() {
  const stub = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end('{}');
    });
  });
  await new Promise((r) => stub.listen(0, '127.0.0.1', r));
  const endpoint = `http://127.0.0.1:${stub.address().port}`;
  Object.assign(process.env, {
    TAYUAN_CODE_CACHE_TRAINING: '1',
    AWS_REGION: 'cn-northwest-1',
    AWS_ACCESS_KEY_ID: 'training',
    AWS_SECRET_ACCESS_KEY: 'training',
    TABLE_NAME: 'training',
    DYNAMO_ENDPOINT: endpoint,
    TOKEN_SECRET: 'code-cache-training-token-secret',
    CURSOR_SECRET: 'code-cache-training-cursor-secret',
    FIELD_KEY: randomBytes(32).toString('base64'),
    WECHAT_APPID: 'training',
    WECHAT_SECRET: 'training',
  });
  // The handler logs each request to stdout; the packager reads only the last line.
  const { handler } = require(join(dir, 'index.js'));
  const cache = globalThis[Symbol.for('tayuan.codeCache')];
  for (const path of ['/api/__code-cache-training', ...extraPaths]) await handler(event(path), {});

  // A chunk exports only what its bundle uses (scripts/package-functions.ts): skip what is absent.
  if (existsSync(join(dir, 'sdk.js'))) {
    const sdk = cache.load('sdk.js').packages;
    const { DynamoDBClient } = sdk['@aws-sdk/client-dynamodb'];
    const { DynamoDBDocumentClient, ...commands } = sdk['@aws-sdk/lib-dynamodb'];
    const Key = { PK: 'training', SK: 'training' };
    const inputs = {
      GetCommand: { TableName: 'training', Key },
      QueryCommand: { TableName: 'training', KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': 'x' }, Limit: 20 },
      PutCommand: { TableName: 'training', Item: { ...Key, n: 1, s: 'x', l: [1, 'a'], m: { a: true }, u: undefined } },
      UpdateCommand: { TableName: 'training', Key, UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': 2 } },
      DeleteCommand: { TableName: 'training', Key },
      BatchGetCommand: { RequestItems: { training: { Keys: [Key] } } },
    };
    if (DynamoDBClient && DynamoDBDocumentClient) {
      for (const credentials of [{ accessKeyId: 'local', secretAccessKey: 'local' }, undefined]) {
        const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'cn-northwest-1', endpoint, credentials }), {
          marshallOptions: { removeUndefinedValues: true },
        });
        for (const [name, input] of Object.entries(inputs)) if (commands[name]) await doc.send(new commands[name](input));
        doc.destroy();
      }
    }
  }
  if (existsSync(join(dir, 'jose.js'))) {
    const { SignJWT, jwtVerify } = cache.load('jose.js').packages.jose;
    const key = new TextEncoder().encode(process.env.TOKEN_SECRET);
    const now = Math.floor(Date.now() / 1000);
    const claims = { issuer: 'tayuan', algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'iss'] };
    const token = SignJWT
      ? await new SignJWT({ ver: 0 }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer('tayuan').setIssuedAt(now).setExpirationTime(now + 60).sign(key)
      : null;
    if (token && jwtVerify) await jwtVerify(token, key, claims);
    else if (jwtVerify) await jwtVerify('e30.e30.e30', key, claims).catch(() => undefined);
  }
  if (existsSync(join(dir, 'minisearch.js'))) {
    const MiniSearch = cache.load('minisearch.js').packages.minisearch.default;
    const mini = new MiniSearch({ fields: ['title'], storeFields: ['title'] });
    mini.addAll([{ id: 1, title: 'training one' }, { id: 2, title: 'training two' }]);
    MiniSearch.loadJS(mini.toJSON(), { fields: ['title'], storeFields: ['title'] }).search('training', { prefix: true, fuzzy: 0.2 });
  }

  let bytes = 0;
  for (const [name, script] of cache.scripts) {
    const data = script.createCachedData();
    writeFileSync(join(dir, `${name}.cache`), data);
    bytes += data.length;
  }
  stub.close();
  process.stdout.write(`\nCODE-CACHE ${JSON.stringify({ bytes, files: [...cache.scripts.keys()] })}\n`);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
