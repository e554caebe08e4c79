/**
 * The Lambda entry with X-Ray tracing, deployed instead of src/lambda/handler.ts with
 * `-c tracing=true` (infra/graphql-function.ts). The same wiring, with the DynamoDB client
 * captured and each invocation in a subsegment (src/lambda/tracing.ts).
 */
import { createApp } from './app';
import { loadConfig } from '../config';
import { createTracer, traceClients, traceHandler } from './tracing';

const tracer = createTracer();
const app = createApp(loadConfig(), { instrumentClients: (clients) => traceClients(tracer, clients) });

export const handler = traceHandler(tracer, app.handler);
