/**
 * X-Ray tracing with Powertools Tracer, used only by the traced entry (src/lambda/traced-handler.ts),
 * so the tracer and the X-Ray SDK it loads are in that bundle only.
 *
 * Each invocation gets a `## handler` subsegment under Lambda's own segment, annotated with the
 * cold start and the service; every DynamoDB command is a subsegment of it (`captureAWSv3Client` on
 * the container's client, whose middleware stack the document client shares).
 */
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { DynamoDbClients } from '../data/dynamodb-client';
import { SERVICE_NAME } from '../metrics';

/** Reads POWERTOOLS_TRACE_ENABLED and POWERTOOLS_TRACER_CAPTURE_* (the stack sets them); outside Lambda it stays disabled. */
export function createTracer(): Tracer {
  return new Tracer({ serviceName: SERVICE_NAME });
}

/** Records every DynamoDB command the clients send as an X-Ray subsegment. */
export function traceClients(tracer: Tracer, clients: DynamoDbClients): void {
  tracer.captureAWSv3Client(clients.client);
}

/** Runs each invocation of `handler` in its own subsegment; an error that escapes is recorded on it. */
export function traceHandler<E, C, K, R>(tracer: Tracer, handler: (event: E, context: C, callback: K) => void | Promise<R>) {
  return async (event: E, context: C, callback: K): Promise<R | void> => {
    const segment = tracer.getSegment();
    const subsegment = segment?.addNewSubsegment('## handler');
    if (subsegment) tracer.setSegment(subsegment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      return await handler(event, context, callback);
    } catch (error) {
      tracer.addErrorAsMetadata(error as Error);
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
    }
  };
}
