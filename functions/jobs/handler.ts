import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { SERVERLESS_OPTIONS } from '../platform/http';
import { buildJobsApp } from './app';

export const handler = serverless(buildJobsApp(defaultDeps()), SERVERLESS_OPTIONS);
