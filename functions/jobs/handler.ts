import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { onFirstCall, SERVERLESS_OPTIONS } from '../platform/http';
import { buildJobsApp } from './app';

export const handler = onFirstCall(() => serverless(buildJobsApp(defaultDeps()), SERVERLESS_OPTIONS));
