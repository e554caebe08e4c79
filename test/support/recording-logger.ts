/**
 * A Powertools Logger that keeps the JSON lines it would print, for assertions on what is logged.
 */
import { Logger, type LogItem } from '@aws-lambda-powertools/logger';

export class RecordingLogger extends Logger {
  readonly lines: Array<Record<string, unknown>> = [];

  constructor() {
    super({ serviceName: 'newsgraph-test', logLevel: 'DEBUG' });
  }

  protected override printLog(_logLevel: number, log: LogItem): void {
    log.prepareForPrint();
    this.lines.push(JSON.parse(JSON.stringify(log.getAttributes(), this.getJsonReplacer())) as Record<string, unknown>);
  }

  /** The lines at one level, e.g. "ERROR". */
  at(level: string): Array<Record<string, unknown>> {
    return this.lines.filter((line) => line['level'] === level);
  }
}
