import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { buildJobsApp } from './app';

export const handler = serverless(buildJobsApp(defaultDeps()));
