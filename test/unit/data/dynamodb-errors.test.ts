import {
  ConditionalCheckFailedException,
  DynamoDBServiceException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ResourceNotFoundException,
  ThrottlingException,
} from '@aws-sdk/client-dynamodb';
import { isDynamoDbUnavailable, toServiceUnavailable } from '../../../src/data/dynamodb-errors';
import { DataIntegrityError, ServiceUnavailableError } from '../../../src/errors';

const metadata = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, attempts: 3 } });
const nodeError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:8000`), { code });

describe('DynamoDB unavailability', () => {
  it.each<[string, unknown]>([
    ['ProvisionedThroughputExceededException', new ProvisionedThroughputExceededException({ message: 'throttled', ...metadata(400) })],
    ['ThrottlingException', new ThrottlingException({ message: 'throttled', ...metadata(400) })],
    ['RequestLimitExceeded', new RequestLimitExceeded({ message: 'account limit', ...metadata(400) })],
    ['InternalServerError (500)', new InternalServerError({ message: 'Internal server error', ...metadata(500) })],
    ['an unmodelled 503', new DynamoDBServiceException({ name: 'ServiceUnavailable', $fault: 'server', message: 'unavailable', ...metadata(503) })],
    ['an unmodelled 502', new DynamoDBServiceException({ name: 'BadGateway', $fault: 'server', message: 'bad gateway', ...metadata(502) })],
    ['the SDK requestTimeout (TimeoutError)', Object.assign(new Error('a request has exceeded the configured 2000 ms requestTimeout'), { name: 'TimeoutError', code: 'ETIMEDOUT' })],
    ['a RequestTimeout answer', Object.assign(new Error('request timed out'), { name: 'RequestTimeout' })],
    ['a refused connection (ECONNREFUSED)', nodeError('ECONNREFUSED')],
    ['a reset connection (ECONNRESET)', nodeError('ECONNRESET')],
    ['an unresolvable host (ENOTFOUND)', nodeError('ENOTFOUND')],
  ])('counts %s as unavailable', (_name, error) => {
    // Act
    const surfaced = toServiceUnavailable(error, { operation: 'BatchGetItemCommand' });

    // Assess
    expect(isDynamoDbUnavailable(error)).toBe(true);
    expect(surfaced).toBeInstanceOf(ServiceUnavailableError);
    expect((surfaced as ServiceUnavailableError).message).toMatch(/^BatchGetItemCommand failed/);
    expect((surfaced as ServiceUnavailableError).cause).toBe(error);
  });

  it.each<[string, unknown]>([
    ['a missing table (ResourceNotFoundException)', new ResourceNotFoundException({ message: 'Requested resource not found', ...metadata(400) })],
    ['a failed condition', new ConditionalCheckFailedException({ message: 'The conditional request failed', ...metadata(400) })],
    ['a request DynamoDB rejects (ValidationException)', new DynamoDBServiceException({ name: 'ValidationException', $fault: 'client', message: 'bad key', ...metadata(400) })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'pk')")],
    ['a data integrity error', new DataIntegrityError('relationship:a:B:c refers to entity:c, which does not exist')],
    ['a thrown string', 'oops'],
  ])('leaves %s as it is', (_name, error) => {
    // Act
    const surfaced = toServiceUnavailable(error, { operation: 'QueryCommand' });

    // Assess
    expect(isDynamoDbUnavailable(error)).toBe(false);
    expect(surfaced).toBe(error);
  });

  it("names the call's attempts in the message, for the logs", () => {
    // Prepare
    const error = new ProvisionedThroughputExceededException({ message: 'throttled', ...metadata(400) });

    // Act
    const surfaced = toServiceUnavailable(error, { operation: 'QueryCommand' }) as Error;

    // Assess
    expect(surfaced.message).toBe('QueryCommand failed after 3 attempt(s): ProvisionedThroughputExceededException: throttled');
  });

  it("decides by the last attempt's error when the SDK rethrew it as a bare wrapper", () => {
    // Prepare: what the retry middleware throws for a failure that is not an Error of its realm
    const wrapper = Object.assign(new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:8000'), metadata(0));
    const attemptError = nodeError('ECONNREFUSED');

    // Act
    const surfaced = toServiceUnavailable(wrapper, { operation: 'GetItemCommand', lastAttemptError: attemptError });

    // Assess
    expect(surfaced).toBeInstanceOf(ServiceUnavailableError);
    expect((surfaced as Error).cause).toBe(attemptError);
  });

  it('passes a ServiceUnavailableError through unchanged', () => {
    // Prepare
    const error = new ServiceUnavailableError('DynamoDB left 3 keys of t unprocessed after 6 retries');

    // Act & Assess
    expect(toServiceUnavailable(error)).toBe(error);
  });
});
