import { setLogSink } from '../../functions/platform/logger';

// Request logs are proven in their own tests; elsewhere they would bury the test output.
setLogSink(() => undefined);
