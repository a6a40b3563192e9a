import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { onFirstCall } from '../platform/http';
import { buildReferralsApp } from './app';

export const handler = onFirstCall(() => serverless(buildReferralsApp(defaultDeps())));
