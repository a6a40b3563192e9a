import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { buildReferralsApp } from './app';

export const handler = serverless(buildReferralsApp(defaultDeps()));
