import { ServiceUnavailableError } from '../../../src/errors';
import { RequestDeadline, withDeadline } from '../../../src/graphql/request-deadline';
import { createContext } from '../../../src/graphql/context';
import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer } from '../../support/graphql-harness';
import { ids, newsGraph } from '../../support/news-graph';

const never = <T>() => new Promise<T>(() => undefined);

describe('RequestDeadline', () => {
  it('passes on what the work settles with inside the budget', async () => {
    // Prepare
    const deadline = new RequestDeadline(1000);

    // Act
    const value = await deadline.run(async () => 'answer');
    const failure = deadline.run(async () => {
      throw new Error('own failure');
    });

    // Assess
    expect(value).toBe('answer');
    await expect(failure).rejects.toThrow('own failure');
  });

  it('fails work still pending when the budget runs out, with ServiceUnavailableError', async () => {
    // Prepare
    const deadline = new RequestDeadline(30);
    const startedAt = Date.now();

    // Act
    const outcome = deadline.run(never);

    // Assess
    await expect(outcome).rejects.toThrow(ServiceUnavailableError);
    await expect(outcome).rejects.toThrow("The request's time budget of 30 ms ran out");
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(deadline.expired).toBe(true);
  });

  it('does not start work once the budget is spent', async () => {
    // Prepare
    const deadline = new RequestDeadline(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const work = jest.fn(async () => 'late');

    // Act
    const outcome = deadline.run(work);

    // Assess
    await expect(outcome).rejects.toThrow(ServiceUnavailableError);
    expect(work).not.toHaveBeenCalled();
  });
});

describe('withDeadline', () => {
  it('runs every repository method through the deadline, with its own arguments and this', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const bounded = withDeadline(repositories, new RequestDeadline(1000));

    // Act
    const [entity] = await bounded.entities.getEntities([ids.putin]);

    // Assess
    expect(entity?.name).toBe('Vladimir Putin');
    expect(repositories.callsOf('getEntities')).toEqual([expect.objectContaining({ args: [[ids.putin]] })]);
  });

  it('turns a request held by a hung repository into SERVICE_UNAVAILABLE with HTTP 503 once the budget is spent', async () => {
    // Prepare
    const { server } = createTestServer();
    const repositories = new FakeRepositories(newsGraph());
    repositories.entities.getEntities = never;
    const startedAt = Date.now();

    // Act
    const response = await server.executeOperation(
      { query: `{ entity(id: "${ids.putin}") { name } }` },
      { contextValue: createContext(repositories, { requestId: 'request-1', deadline: new RequestDeadline(50) }) },
    );
    await server.stop();

    // Assess
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(response.http.status).toBe(503);
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toEqual([
      expect.objectContaining({ path: ['entity'], extensions: { code: 'SERVICE_UNAVAILABLE' } }),
    ]);
  });
});
