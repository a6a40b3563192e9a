import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import { ROUTES, type FunctionName } from '../../functions/routes';
import { GSIS, TABLE_KEYS, projectionOf } from '../../functions/platform/table';
import { SECRETS, type SecretName } from '../../functions/platform/secrets';
import { FUNCTION_SPECS, SCHEDULED_TASKS } from './function-permissions';
import { acknowledgeNagFindings } from './nag-acknowledgements';

/** Rate and burst (requests per second) for each write route; the stage allows 200/400 overall. */
export const WRITE_ROUTE_THROTTLE = { rateLimit: 20, burstLimit: 40 };

/** API Gateway route keys (`POST /api/bookings/{id}/cancel`) of every route that is not a GET. */
export const writeRouteKeys = (): string[] =>
  functionNames().flatMap((name) => ROUTES[name].filter((r) => r.method !== 'GET').map((r) => `${r.method} ${toApiPath(r.path)}`));

/** The access-log line: no sourceIp, no user agent, no headers, no query string. */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  responseLength: '$context.responseLength',
};

export interface TayuanStackProps extends StackProps {
  /** Folder holding one bundle folder per function: `<bundlesDir>/<name>/index.js`. */
  bundlesDir: string;
  /** HTTP API default-stage throttling. */
  throttle?: { rateLimit: number; burstLimit: number };
  /**
   * Values of the plain settings functions declare (FUNCTION_SPECS[].settings), e.g. the
   * WeChat subscribe-message template ids; a setting left out keeps the code's placeholder.
   */
  settings?: Record<string, string>;
}

/** `/api/jobs/:id` → `/api/jobs/{id}` (HTTP API path parameters). */
export const toApiPath = (koaPath: string): string => koaPath.replace(/:([A-Za-z]+)/g, '{$1}');

/** The function list is the route table's keys, so a new function needs no edit here. */
export const functionNames = (): FunctionName[] => Object.keys(ROUTES) as FunctionName[];

export function bundleDir(bundlesDir: string, name: FunctionName): string {
  const dir = join(bundlesDir, name);
  if (!existsSync(join(dir, 'index.js'))) {
    throw new Error(`Missing Lambda bundle ${join(dir, 'index.js')}: run \`npm run package\` first.`);
  }
  return dir;
}

export class TayuanStack extends Stack {
  readonly table: dynamodb.Table;
  readonly functions: Record<FunctionName, lambda.Function>;
  readonly api: apigw.HttpApi;

  constructor(scope: Construct, id: string, props: TayuanStackProps) {
    super(scope, id, props);

    const dataKey = new kms.Key(this, 'DataKey', {
      description: 'tayuan table encryption key',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Keys and indexes come from functions/platform/table.ts, as the local table does.
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: 'expiresAt',
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: dataKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const gsi of GSIS) {
      const p = projectionOf(gsi);
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: dynamodb.AttributeType.STRING },
        ...(p.type === 'ALL'
          ? { projectionType: dynamodb.ProjectionType.ALL }
          : { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: p.nonKeyAttributes }),
      });
    }

    // Values are set by the operator after the first deploy (see README); the token key
    // is generated here. Functions receive ARNs only, never values.
    const secrets = {} as Record<SecretName, secretsmanager.Secret>;
    for (const [name, spec] of Object.entries(SECRETS) as [SecretName, (typeof SECRETS)[SecretName]][]) {
      secrets[name] = new secretsmanager.Secret(this, `Secret-${name}`, {
        secretName: spec.secretName,
        description: spec.description,
        removalPolicy: RemovalPolicy.RETAIN,
        // The token keys are JSON {"current","previous"?} so rotation can overlap (README).
        ...(name === 'token'
          ? { generateSecretString: { secretStringTemplate: '{}', generateStringKey: 'current', passwordLength: 64, excludePunctuation: true } }
          : {}),
        ...(name === 'cursor' ? { generateSecretString: { passwordLength: 64, excludePunctuation: true } } : {}),
      });
    }

    // Publishing to the alarm topic only over TLS (a deny on aws:SecureTransport = false).
    const alarmTopic = new sns.Topic(this, 'AlarmTopic', { displayName: 'tayuan alarms', enforceSSL: true });
    const alarm = (a: cloudwatch.Alarm) => a.addAlarmAction(new cwActions.SnsAction(alarmTopic));

    this.functions = {} as Record<FunctionName, lambda.Function>;
    for (const name of functionNames()) {
      const spec = FUNCTION_SPECS[name];
      const role = new iam.Role(this, `${name}-Role`, {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        description: `tayuan ${name} function`,
      });
      const logGroup = new logs.LogGroup(this, `${name}-Logs`, {
        retention: logs.RetentionDays.THREE_MONTHS,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      // Logging: only this function's own log group (the managed policy would grant logs:* on *).
      role.addToPolicy(
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroup.logGroupArn],
        }),
      );
      role.addToPolicy(
        new iam.PolicyStatement({
          actions: spec.dynamo.map((a) => `dynamodb:${a}`),
          resources: [this.table.tableArn, `${this.table.tableArn}/index/*`],
        }),
      );
      const writes = spec.dynamo.some((a) => a !== 'GetItem' && a !== 'Query' && a !== 'BatchGetItem');
      role.addToPolicy(
        new iam.PolicyStatement({
          actions: writes ? ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'] : ['kms:Decrypt', 'kms:DescribeKey'],
          resources: [dataKey.keyArn],
        }),
      );
      const environment: Record<string, string> = {
        TABLE_NAME: this.table.tableName,
      };
      for (const setting of spec.settings ?? []) {
        const value = props.settings?.[setting];
        if (value) environment[setting] = value;
      }
      for (const s of spec.secrets) {
        environment[SECRETS[s].arnEnv] = secrets[s].secretArn;
        role.addToPolicy(
          new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secrets[s].secretArn] }),
        );
      }

      const fn = new lambda.Function(this, `${name}-Function`, {
        description: `tayuan ${name}: ${ROUTES[name].length} routes`,
        runtime: lambda.Runtime.NODEJS_22_X,
        architecture: lambda.Architecture.ARM_64,
        handler: 'index.handler',
        code: lambda.Code.fromAsset(bundleDir(props.bundlesDir, name)),
        memorySize: spec.memoryMb,
        timeout: Duration.seconds(spec.timeoutSeconds),
        role,
        logGroup,
        environment,
      });
      this.functions[name] = fn;

      alarm(
        fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }).createAlarm(this, `${name}-Errors`, {
          alarmDescription: `${name} function errors`,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
      );
      alarm(
        fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }).createAlarm(this, `${name}-Throttles`, {
          alarmDescription: `${name} function throttles`,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
      );
    }

    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: 'tayuan',
      description: 'tayuan HTTP API',
      createDefaultStage: false,
    });
    const throttle = props.throttle ?? { rateLimit: 200, burstLimit: 400 };
    // Access log: who called what and how it went, never the caller's IP address or any
    // header, body or query; kept 7 days (infra/README.md, "Access logs").
    const accessLogs = new logs.LogGroup(this, 'Api-AccessLogs', {
      retention: logs.RetentionDays.ONE_WEEK,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    // Per-route throttling of every write route, below the stage-wide limit: one client
    // hammering bookings or messages cannot use up the whole API (the per-user limits in
    // functions/platform/limits.ts still apply behind it). routeSettings is untyped JSON: CloudFormation's names.
    (stage.node.defaultChild as apigw.CfnStage).routeSettings = Object.fromEntries(
      writeRouteKeys().map((key) => [key, { ThrottlingRateLimit: WRITE_ROUTE_THROTTLE.rateLimit, ThrottlingBurstLimit: WRITE_ROUTE_THROTTLE.burstLimit }]),
    );
    for (const name of functionNames()) {
      const integration = new HttpLambdaIntegration(`${name}-Integration`, this.functions[name], {
        payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
      });
      for (const route of ROUTES[name]) {
        this.api.addRoutes({
          path: toApiPath(route.path),
          methods: [apigw.HttpMethod[route.method]],
          integration,
        });
      }
    }
    alarm(
      this.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }).createAlarm(this, 'Api-5xx', {
        alarmDescription: 'HTTP API 5xx responses',
        threshold: 5,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    for (const task of SCHEDULED_TASKS) {
      new events.Rule(this, `${task.fn}-Schedule-${task.purpose}`, {
        description: `${task.fn} ${task.purpose} every ${task.everyMinutes} minutes`,
        schedule: events.Schedule.rate(Duration.minutes(task.everyMinutes)),
        targets: [new targets.LambdaFunction(this.functions[task.fn], { retryAttempts: 2 })],
      });
    }

    acknowledgeNagFindings(this, this.table);

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarmTopic.topicArn });
  }
}
