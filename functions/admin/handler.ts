import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { buildAdminApp } from './app';

export const handler = serverless(buildAdminApp(defaultDeps()));
