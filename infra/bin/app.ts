import { App } from 'aws-cdk-lib';
import { resolve } from 'node:path';
import { TayuanStack } from '../lib/tayuan-stack';
import { FUNCTION_SPECS } from '../lib/function-permissions';

/**
 * `npm run synth` writes the CloudFormation template to infra/cdk.out without an AWS
 * account. Deploy with `npx aws-cdk deploy --app "npx tsx infra/bin/app.ts"` after
 * `npm run package`. Region: CDK_DEFAULT_REGION, else context `region`, else cn-northwest-1.
 */
const root = resolve(__dirname, '../..');
// The CDK CLI passes its own output folder; without the CLI we write to infra/cdk.out.
const app = new App({ outdir: process.env.CDK_OUTDIR ?? resolve(root, 'infra/cdk.out') });
const region = process.env.CDK_DEFAULT_REGION ?? (app.node.tryGetContext('region') as string | undefined) ?? 'cn-northwest-1';
const account = process.env.CDK_DEFAULT_ACCOUNT ?? (app.node.tryGetContext('account') as string | undefined);

// Plain settings (template ids) come from context: `-c WECHAT_TEMPLATE_BOOKING_REMINDER=<id>`.
const settingNames = Object.values(FUNCTION_SPECS).flatMap((spec) => spec.settings ?? []);
const settings = Object.fromEntries(
  settingNames.flatMap((n) => {
    const v = app.node.tryGetContext(n) as string | undefined;
    return v ? [[n, v]] : [];
  }),
);

try {
  new TayuanStack(app, 'Tayuan', {
    env: { region, account },
    bundlesDir: resolve(root, 'dist/functions'),
    settings,
    description: 'tayuan: legal Q&A, volunteer appointments, Spring Breeze jobs',
  });
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const assembly = app.synth();
console.log(`Synthesised ${assembly.stacks.map((s) => s.templateFile).join(', ')} into ${assembly.directory} (region ${region}).`);
