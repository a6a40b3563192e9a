import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { onFirstCall } from '../platform/http';
import { buildAuthApp } from './app';

export const handler = onFirstCall(() => serverless(buildAuthApp(defaultDeps())));
