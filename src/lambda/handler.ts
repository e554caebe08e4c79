/**
 * The Lambda entry (API Gateway HTTP API, payload format 2.0). Only wiring: configuration is
 * validated and clients, repositories and the server are built once per container.
 */
import { createApp } from './app';
import { loadConfig } from '../config';

export const { handler } = createApp(loadConfig());
