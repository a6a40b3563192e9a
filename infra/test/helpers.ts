import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { functionNames, TayuanStack } from '../lib/tayuan-stack';
import { FUNCTION_SPECS } from '../lib/function-permissions';

/**
 * Tests synthesise the real stack over placeholder bundles (one tiny index.js per
 * function) so they need neither `npm run package` nor an AWS account.
 */
export function placeholderBundles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tayuan-bundles-'));
  for (const name of functionNames()) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'index.js'), `exports.handler = async () => ({ statusCode: 200, body: '${name}' });\n`);
  }
  return dir;
}

/** A value for every plain setting the functions declare, as `-c NAME=value` would give. */
export const TEST_SETTINGS = Object.fromEntries(
  Object.values(FUNCTION_SPECS).flatMap((spec) => (spec.settings ?? []).map((n) => [n, `test-${n.toLowerCase()}`])),
);

export function synth(region = 'cn-northwest-1') {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'tayuan-cdk-')) });
  const stack = new TayuanStack(app, 'Tayuan', {
    env: { region, account: '123456789012' },
    bundlesDir: placeholderBundles(),
    settings: TEST_SETTINGS,
  });
  return { stack, template: Template.fromStack(stack) };
}

export type CfnResource = { Type: string; Properties: Record<string, unknown> };

/** Resources of one type, by logical id. */
export const resourcesOf = (template: Template, type: string) =>
  template.findResources(type) as Record<string, CfnResource>;

/** The logical id of the Lambda function for `name` (its construct id is `<name>-Function`). */
export function functionLogicalId(template: Template, name: string): string {
  const id = Object.keys(resourcesOf(template, 'AWS::Lambda::Function')).find((k) => k.startsWith(`${name}Function`));
  if (!id) throw new Error(`no Lambda for ${name}`);
  return id;
}

export const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
