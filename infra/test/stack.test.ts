import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { matchRoute, ROUTES, type FunctionName } from '../../functions/routes';
import { GSIS, TABLE_KEYS, projectionOf } from '../../functions/platform/table';
import { SECRETS } from '../../functions/platform/secrets';
import { FUNCTION_SPECS } from '../lib/function-permissions';
import { functionNames, TayuanStack, toApiPath } from '../lib/tayuan-stack';
import { asArray, functionLogicalId, resourcesOf, synth, TEST_SETTINGS, type CfnResource } from './helpers';

const { template } = synth();

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
const policiesOfRole = (roleLogicalId: string): Statement[] =>
  Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((p) => asArray(p.Properties.Roles as unknown[]).some((r) => JSON.stringify(r).includes(`"${roleLogicalId}"`)))
    .flatMap((p) => asArray((p.Properties.PolicyDocument as { Statement: Statement[] }).Statement));
const roleOf = (fnLogicalId: string): string => {
  const role = (resourcesOf(template, 'AWS::Lambda::Function')[fnLogicalId].Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'];
  return role[0];
};
const lambdaOf = (name: FunctionName) => resourcesOf(template, 'AWS::Lambda::Function')[functionLogicalId(template, name)];

describe('the DynamoDB table', () => {
  it('is the one table, on demand, with point-in-time recovery, deletion protection and TTL on expiresAt', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('is encrypted with a customer-managed KMS key that rotates', () => {
    const [keyId] = Object.keys(resourcesOf(template, 'AWS::KMS::Key'));
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
    });
  });

  it('has the keys and indexes of functions/platform/table.ts', () => {
    const table = Object.values(resourcesOf(template, 'AWS::DynamoDB::Table'))[0].Properties;
    expect(table.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.GlobalSecondaryIndexes).toEqual(
      GSIS.map((g) => {
        const p = projectionOf(g);
        return {
          IndexName: g.indexName,
          KeySchema: [
            { AttributeName: g.partitionKey, KeyType: 'HASH' },
            { AttributeName: g.sortKey, KeyType: 'RANGE' },
          ],
          Projection: p.type === 'ALL' ? { ProjectionType: 'ALL' } : { ProjectionType: 'INCLUDE', NonKeyAttributes: p.nonKeyAttributes },
        };
      }),
    );
  });
});

describe('the Lambda functions', () => {
  it('are exactly one per function of the route table', () => {
    template.resourceCountIs('AWS::Lambda::Function', Object.keys(ROUTES).length);
    for (const name of functionNames()) expect(lambdaOf(name)).toBeDefined();
  });

  it.each(functionNames())('%s runs Node.js 22 on arm64 with its declared memory and timeout', (name) => {
    const props = lambdaOf(name).Properties;
    expect(props.Runtime).toBe('nodejs22.x');
    expect(props.Architectures).toEqual(['arm64']);
    expect(props.Handler).toBe('index.handler');
    expect(props.MemorySize).toBe(FUNCTION_SPECS[name].memoryMb);
    expect(props.Timeout).toBe(FUNCTION_SPECS[name].timeoutSeconds);
  });

  it.each(functionNames())('%s gets the table name, secret ARNs and its declared settings only — no secret value, no AUTH_MODE', (name) => {
    const vars = (lambdaOf(name).Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    const expected = [
      'TABLE_NAME',
      ...FUNCTION_SPECS[name].secrets.map((s) => SECRETS[s].arnEnv),
      ...(FUNCTION_SPECS[name].settings ?? []),
    ].sort();
    expect(Object.keys(vars).sort()).toEqual(expected);
    for (const setting of FUNCTION_SPECS[name].settings ?? []) expect(vars[setting]).toBe(TEST_SETTINGS[setting]);
    for (const s of FUNCTION_SPECS[name].secrets) {
      // A reference to the secret resource, never a literal string.
      expect(vars[SECRETS[s].arnEnv]).toEqual({ Ref: expect.stringMatching(/^Secret/) });
    }
  });

  it.each(functionNames())('%s keeps its logs for three months', (name) => {
    const logGroupRef = (lambdaOf(name).Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    expect(resourcesOf(template, 'AWS::Logs::LogGroup')[logGroupRef].Properties.RetentionInDays).toBe(90);
  });

  it('fails with a hint to run npm run package when a bundle is missing', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'tayuan-cdk-')) });
    const empty = mkdtempSync(join(tmpdir(), 'tayuan-empty-'));
    expect(() => new TayuanStack(app, 'Missing', { bundlesDir: empty })).toThrow(/npm run package/);
  });
});

describe('the HTTP API', () => {
  const routes = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Route'));
  const integrations = resourcesOf(template, 'AWS::ApiGatewayV2::Integration');
  const expectedKeys = Object.values(ROUTES).flatMap((list) => list.map((r) => `${r.method} ${toApiPath(r.path)}`));

  it('has one route per route-table entry and nothing more', () => {
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([...expectedKeys].sort());
    expect(new Set(expectedKeys).size).toBe(expectedKeys.length);
  });

  it('writes path parameters the HTTP API way ({id}, not :id)', () => {
    const keys = routes.map((r) => String(r.Properties.RouteKey));
    expect(keys).toContain('GET /api/jobs/{id}');
    expect(keys).toContain('POST /api/qa/questions/{id}/claim');
    expect(keys.filter((k) => k.includes(':'))).toEqual([]);
  });

  it.each(Object.entries(ROUTES).flatMap(([fn, list]) => list.map((r) => [fn, r.method, r.path] as const)))(
    '%s serves %s %s, as the local gateway does',
    (fn, method, path) => {
      const samplePath = path.replace(/:[A-Za-z]+/g, 'sample-id');
      expect(matchRoute(method, samplePath)).toBe(fn);
      const route = routes.find((r) => r.Properties.RouteKey === `${method} ${toApiPath(path)}`) as CfnResource;
      const target = JSON.stringify(route.Properties.Target);
      const integrationId = Object.keys(integrations).find((id) => target.includes(id)) as string;
      const uri = JSON.stringify(integrations[integrationId].Properties.IntegrationUri);
      expect(uri).toContain(functionLogicalId(template, fn));
      expect(integrations[integrationId].Properties.PayloadFormatVersion).toBe('2.0');
    },
  );

  it('throttles the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
    });
  });
});

describe('the reminder schedule', () => {
  it('invokes the bookings function every 5 minutes with the plain scheduled event', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionLogicalId(template, 'bookings'), 'Arn'] }, Input: Match.absent() })],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [functionLogicalId(template, 'bookings'), 'Arn'] },
    });
  });
});

describe('alarms', () => {
  const alarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties);
  const on = (metric: string, dimension: unknown) =>
    alarms.filter((a) => a.MetricName === metric && JSON.stringify(a.Dimensions).includes(JSON.stringify(dimension)));

  it.each(functionNames())('watch errors and throttles of %s', (name) => {
    const ref = { Ref: functionLogicalId(template, name) };
    expect(on('Errors', ref)).toHaveLength(1);
    expect(on('Throttles', ref)).toHaveLength(1);
  });

  it('watch the HTTP API for 5xx responses', () => {
    expect(alarms.filter((a) => a.MetricName === '5xx' && a.Namespace === 'AWS/ApiGateway')).toHaveLength(1);
  });

  it('all notify the alarm topic', () => {
    for (const a of alarms) expect(JSON.stringify(a.AlarmActions)).toContain('AlarmTopic');
  });
});

describe('least privilege', () => {
  const statements = Object.values(resourcesOf(template, 'AWS::IAM::Policy')).flatMap((p) =>
    asArray((p.Properties.PolicyDocument as { Statement: Statement[] }).Statement),
  );

  it('grants no action on every resource', () => {
    for (const s of statements) expect(asArray(s.Resource)).not.toContain('*');
  });

  it.each(functionNames())('gives %s exactly its declared DynamoDB actions, on the table and its indexes only', (name) => {
    const mine = policiesOfRole(roleOf(functionLogicalId(template, name)));
    const dynamo = mine.filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.flatMap((s) => asArray(s.Action)).sort()).toEqual(FUNCTION_SPECS[name].dynamo.map((a) => `dynamodb:${a}`).sort());
    const tableId = Object.keys(resourcesOf(template, 'AWS::DynamoDB::Table'))[0];
    for (const s of dynamo) {
      expect(JSON.stringify(s.Resource)).toBe(
        JSON.stringify([{ 'Fn::GetAtt': [tableId, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, '/index/*']] }]),
      );
    }
  });

  it.each(functionNames())('lets %s read only the secrets it declares', (name) => {
    const mine = policiesOfRole(roleOf(functionLogicalId(template, name)));
    const reads = mine.filter((s) => asArray(s.Action).includes('secretsmanager:GetSecretValue'));
    const granted = reads.flatMap((s) => asArray(s.Resource)).map((r) => (r as { Ref: string }).Ref);
    const secrets = resourcesOf(template, 'AWS::SecretsManager::Secret');
    const names = granted.map((id) => secrets[id].Properties.Name).sort();
    expect(names).toEqual(FUNCTION_SPECS[name].secrets.map((s) => SECRETS[s].secretName).sort());
    for (const s of reads) expect(asArray(s.Action)).toEqual(['secretsmanager:GetSecretValue']);
  });

  it.each(functionNames())('gives %s no managed policy and logs only to its own log group', (name) => {
    const role = resourcesOf(template, 'AWS::IAM::Role')[roleOf(functionLogicalId(template, name))].Properties;
    expect(role.ManagedPolicyArns).toBeUndefined();
    const logs = policiesOfRole(roleOf(functionLogicalId(template, name))).filter((s) =>
      asArray(s.Action).some((a) => a.startsWith('logs:')),
    );
    expect(logs).toHaveLength(1);
    expect(JSON.stringify(logs[0].Resource)).toContain(
      (lambdaOf(name).Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref,
    );
  });
});

describe('secrets', () => {
  it('are Secrets Manager secrets named as the loader expects, kept when the stack is deleted', () => {
    const secrets = Object.values(SECRETS);
    template.resourceCountIs('AWS::SecretsManager::Secret', secrets.length);
    for (const s of secrets) template.hasResource('AWS::SecretsManager::Secret', { Properties: Match.objectLike({ Name: s.secretName }), DeletionPolicy: 'Retain' });
  });
});

describe('China regions', () => {
  it('synthesise with the aws-cn partition in every hand-built ARN', () => {
    const json = JSON.stringify(synth('cn-north-1').template.toJSON());
    expect(json).not.toMatch(/arn:aws:/);
  });
});
