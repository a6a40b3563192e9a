import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { onFirstCall, SERVERLESS_OPTIONS } from '../platform/http';
import { buildAdminApp } from './app';

export const handler = onFirstCall(() => serverless(buildAdminApp(defaultDeps()), SERVERLESS_OPTIONS));
