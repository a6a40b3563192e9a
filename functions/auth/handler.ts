import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { buildAuthApp } from './app';

export const handler = serverless(buildAuthApp(defaultDeps()));
