import { buildSync } from 'esbuild';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FUNCTION_SPECS, type DynamoAction } from '../lib/function-permissions';
import { functionNames } from '../lib/tayuan-stack';

/**
 * The declared permissions must cover what the code can actually do: every
 * DynamoDB command reachable from a function's handler maps to a declared action.
 * (The stack test proves the template grants exactly the declared set.)
 */
const ROOT = resolve(__dirname, '../..');

const ACTION_OF_COMMAND: Record<string, DynamoAction | 'local-only'> = {
  GetCommand: 'GetItem',
  GetItemCommand: 'GetItem',
  PutCommand: 'PutItem',
  PutItemCommand: 'PutItem',
  UpdateCommand: 'UpdateItem',
  UpdateItemCommand: 'UpdateItem',
  DeleteCommand: 'DeleteItem',
  DeleteItemCommand: 'DeleteItem',
  QueryCommand: 'Query',
  BatchGetCommand: 'BatchGetItem',
  BatchGetItemCommand: 'BatchGetItem',
  BatchWriteCommand: 'BatchWriteItem',
  BatchWriteItemCommand: 'BatchWriteItem',
  // ensureTable() in platform/db.ts: local runs and tests only; the cloud table comes from the stack.
  CreateTableCommand: 'local-only',
  DescribeTableCommand: 'local-only',
};

/**
 * The DynamoDB commands left in a function's tree-shaken bundle (packages kept
 * external so command names stay readable): code a function cannot reach, such
 * as users.store.ts's writes in the admin function, is not counted.
 */
function commandsUsed(name: string): Set<string> {
  const result = buildSync({
    entryPoints: [join(ROOT, 'functions', name, 'handler.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    treeShaking: true,
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  return new Set([...text.matchAll(/new ([A-Z][A-Za-z]+?Command)\d*\(/g)].map((m) => m[1]));
}

const present = functionNames().filter((n) => existsSync(join(ROOT, 'functions', n, 'handler.ts')));

describe('declared DynamoDB permissions', () => {
  it('cover at least the functions that exist so far', () => {
    expect(present.length).toBeGreaterThan(0);
  });

  it.each(present)('cover every command the %s function can issue', (name) => {
    const missing: string[] = [];
    for (const command of commandsUsed(name)) {
      const action = ACTION_OF_COMMAND[command];
      if (action === 'local-only') continue;
      if (!action) missing.push(`${command}: unknown command, add it to ACTION_OF_COMMAND`);
      else if (!FUNCTION_SPECS[name].dynamo.includes(action)) missing.push(`${action} (for ${command})`);
    }
    expect(missing).toEqual([]);
  });

  it.each(present)('grant %s nothing its code never issues', (name) => {
    const used = new Set([...commandsUsed(name)].map((c) => ACTION_OF_COMMAND[c]));
    expect(FUNCTION_SPECS[name].dynamo.filter((a) => !used.has(a))).toEqual([]);
  });
});
