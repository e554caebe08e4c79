import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createHttpRequestHandler } from '../../../src/lambda/http-request-handler';
import { apiGatewayEvent } from '../../support/lambda-events';
import { RecordingLogger } from '../../support/recording-logger';

describe('the HTTP request handler of the Lambda', () => {
  const logger = new RecordingLogger();
  const requestHandler = createHttpRequestHandler({ maxBodyBytes: 1024, logger });
  beforeEach(() => {
    logger.lines.length = 0;
  });

  /** What the Lambda integration does with an event: parse it, or turn the failure into a result. */
  const handle = (event: APIGatewayProxyEventV2) => {
    try {
      return { request: requestHandler.fromEvent(event) };
    } catch (error) {
      const result = requestHandler.toErrorResult(error);
      return { result, json: JSON.parse(result.body ?? '') };
    }
  };
  const json = { 'content-type': 'application/json' };

  it('hands a JSON body to Apollo parsed', () => {
    // Act
    const { request } = handle(apiGatewayEvent({ headers: json, body: '{"query":"{ __typename }"}' }));

    // Assess
    expect(request).toEqual(expect.objectContaining({ method: 'POST', body: { query: '{ __typename }' } }));
  });

  it('parses a JSON body whatever the case of its media type', () => {
    // Act
    const { request } = handle(apiGatewayEvent({ headers: { 'content-type': 'Application/JSON; charset=UTF-8' }, body: '{"query":"{ a }"}' }));

    // Assess
    expect(request?.body).toEqual({ query: '{ a }' });
  });

  it('answers a body that is not JSON with a GraphQL-shaped 400', () => {
    // Act
    const { result, json: body } = handle(apiGatewayEvent({ headers: json, body: '{"query": ' }));

    // Assess
    expect(result?.statusCode).toBe(400);
    expect(result?.headers).toEqual(expect.objectContaining({ 'content-type': 'application/json; charset=utf-8' }));
    expect(body).toEqual({
      errors: [{ message: expect.stringMatching(/^The request body is not valid JSON: /), extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body over the limit with a GraphQL-shaped 413 before parsing it', () => {
    // Act: 1025 bytes, and not even JSON
    const { result, json: body } = handle(apiGatewayEvent({ headers: json, body: `{${'x'.repeat(1024)}` }));

    // Assess
    expect(result?.statusCode).toBe(413);
    expect(body).toEqual({ errors: [{ message: 'The request body is 1025 bytes; the limit is 1024.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('measures a base64-encoded body by its decoded size', () => {
    // Prepare: 1024 bytes are 1368 base64 characters; 1025 bytes are 1368 too, with padding
    const encoded = (bytes: number) => ({
      ...apiGatewayEvent({ headers: { 'content-type': 'application/octet-stream' } }),
      body: Buffer.alloc(bytes, 1).toString('base64'),
      isBase64Encoded: true,
    });

    // Act
    const atLimit = handle(encoded(1024));
    const over = handle(encoded(1025));

    // Assess
    expect(atLimit.request).toBeDefined();
    expect(over.result?.statusCode).toBe(413);
    expect(over.json.errors[0].message).toBe('The request body is 1025 bytes; the limit is 1024.');
  });

  it('masks anything else that fails at the edge as a 500 and logs it', () => {
    // Act
    const result = requestHandler.toErrorResult(new Error('Only complete body type supported'));

    // Assess
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body ?? '')).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(logger.at('ERROR')).toEqual([
      expect.objectContaining({ error: expect.objectContaining({ message: 'Only complete body type supported' }) }),
    ]);
  });
});
