import { AwsSolutionsChecks } from 'cdk-nag';
import { ACCESS_LOG_FIELDS, WRITE_ROUTE_THROTTLE, writeRouteKeys } from '../lib/tayuan-stack';
import { resourcesOf, synth } from './helpers';

const { stack, template } = synth();

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing that is not acknowledged with a written reason', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    const open = report.violations.map((v) => `${v.ruleName}: ${v.description}`);
    expect(open).toEqual([]);
  });
});

describe('the HTTP API stage', () => {
  const [stage] = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Stage'));

  it('writes an access log with no IP address, kept 7 days', () => {
    const settings = stage.Properties.AccessLogSettings as { Format: string; DestinationArn: unknown };
    expect(settings.Format).toBe(JSON.stringify(ACCESS_LOG_FIELDS));
    expect(settings.Format).not.toMatch(/sourceIp|userAgent|identity/i);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
  });

  it('throttles every write route on its own, and no read route', () => {
    const routes = stage.Properties.RouteSettings as Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
    const keys = writeRouteKeys();
    expect(keys).toEqual(expect.arrayContaining(['POST /api/bookings', 'POST /api/qa/questions/{id}/messages', 'DELETE /api/me']));
    expect(Object.keys(routes).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(routes[k]).toEqual({ ThrottlingRateLimit: WRITE_ROUTE_THROTTLE.rateLimit, ThrottlingBurstLimit: WRITE_ROUTE_THROTTLE.burstLimit });
    }
  });
});

describe('the alarm topic', () => {
  it('refuses publishing without TLS', () => {
    const [policy] = Object.values(resourcesOf(template, 'AWS::SNS::TopicPolicy'));
    expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
  });
});
