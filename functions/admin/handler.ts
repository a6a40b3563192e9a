import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { SERVERLESS_OPTIONS } from '../platform/http';
import { buildAdminApp } from './app';

export const handler = serverless(buildAdminApp(defaultDeps()), SERVERLESS_OPTIONS);
