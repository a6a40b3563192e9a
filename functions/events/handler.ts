import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { onFirstCall } from '../platform/http';
import { buildEventsApp } from './app';
import { XLSX_TYPE } from './hours-export';

/** The .xlsx export is binary: API Gateway gets it base64-encoded. */
export const handler = onFirstCall(() => serverless(buildEventsApp(defaultDeps()), { binary: [XLSX_TYPE] }));
