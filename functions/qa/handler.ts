import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { buildQaApp } from './app';

export const handler = serverless(buildQaApp(defaultDeps()));
