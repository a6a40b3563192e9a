/**
 * Structured log lines. Only technical fields are accepted, so personal data
 * (names, phones, question text, openids) has no way into a log line.
 */
export interface LogFields {
  requestId?: string;
  method?: string;
  route?: string;
  status?: number;
  ms?: number;
  code?: string;
  fn?: string;
  count?: number;
  errorName?: string;
}

type Sink = (line: string) => void;
let sink: Sink = (line) => process.stdout.write(line + '\n');

export const logger = {
  info: (msg: string, fields: LogFields = {}) => sink(JSON.stringify({ level: 'info', msg, ...fields })),
  warn: (msg: string, fields: LogFields = {}) => sink(JSON.stringify({ level: 'warn', msg, ...fields })),
  error: (msg: string, fields: LogFields = {}) => sink(JSON.stringify({ level: 'error', msg, ...fields })),
};

/** Tests capture log lines to prove no personal data reaches them. */
export function setLogSink(next: Sink): Sink {
  const prev = sink;
  sink = next;
  return prev;
}
