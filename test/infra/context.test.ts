import { ContextError, readDeploymentSettings } from '../../infra/context';

const contextOf = (values: Record<string, unknown>) => (key: string) => values[key];

describe('readDeploymentSettings', () => {
  it('defaults to dev with the sandbox on and any origin allowed', () => {
    // Prepare
    const get = contextOf({});

    // Act
    const settings = readDeploymentSettings(get);

    // Assess
    expect(settings).toEqual({ stage: 'dev', sandbox: true, corsOrigins: ['*'], trustedDocumentsOnly: false, tracing: false, cacheMaxAgeSeconds: 10, originProtection: true });
  });

  it('gives prod the sandbox off and no CORS by default', () => {
    // Prepare
    const get = contextOf({ stage: 'prod' });

    // Act
    const settings = readDeploymentSettings(get);

    // Assess
    expect(settings).toEqual({ stage: 'prod', sandbox: false, corsOrigins: [], trustedDocumentsOnly: false, tracing: false, cacheMaxAgeSeconds: 60, originProtection: true });
  });

  it('turns the prod sandbox on with -c sandbox=true', () => {
    // Prepare
    const get = contextOf({ stage: 'prod', sandbox: 'true' });

    // Act
    const settings = readDeploymentSettings(get);

    // Assess
    expect(settings.sandbox).toBe(true);
  });

  it('accepts JSON booleans for sandbox, as cdk.json holds them', () => {
    // Prepare
    const get = contextOf({ stage: 'dev', sandbox: false });

    // Act
    const settings = readDeploymentSettings(get);

    // Assess
    expect(settings.sandbox).toBe(false);
  });

  it.each([['true', true], [true, true], ['false', false]])('reads trustedDocumentsOnly=%j', (value, expected) => {
    // Prepare
    const get = contextOf({ stage: 'prod', trustedDocumentsOnly: value });

    // Act
    const settings = readDeploymentSettings(get);

    // Assess
    expect(settings.trustedDocumentsOnly).toBe(expected);
  });

  it('splits and trims the comma-separated CORS origins', () => {
    // Prepare
    const get = contextOf({ stage: 'prod', corsOrigins: ' https://a.example.com, http://localhost:5173 ,' });

    // Act
    const settings = readDeploymentSettings(get);

    // Assess
    expect(settings.corsOrigins).toEqual(['https://a.example.com', 'http://localhost:5173']);
  });

  it('treats blank CORS origins as unset, like the runtime config', () => {
    // Prepare
    const get = contextOf({ stage: 'dev', corsOrigins: ' ' });

    // Act
    const settings = readDeploymentSettings(get);

    // Assess
    expect(settings.corsOrigins).toEqual(['*']);
  });

  it('turns tracing on with -c tracing=true, in either stage', () => {
    // Act
    const dev = readDeploymentSettings(contextOf({ tracing: 'true' }));
    const prod = readDeploymentSettings(contextOf({ stage: 'prod', tracing: true }));

    // Assess
    expect([dev.tracing, prod.tracing]).toEqual([true, true]);
  });

  it('takes one alarm email address, trimmed', () => {
    // Act
    const settings = readDeploymentSettings(contextOf({ stage: 'prod', alarmEmail: ' ops@example.com ' }));

    // Assess
    expect(settings.alarmEmail).toBe('ops@example.com');
  });

  it.each([
    [{ stage: 'staging' }, /Context "stage" must be "dev" or "prod".*"staging"/],
    [{ stage: 'local' }, /Context "stage" must be "dev" or "prod".*"local"/],
    [{ sandbox: 'yes' }, /Context "sandbox" must be "true" or "false".*"yes"/],
    [{ trustedDocumentsOnly: 'on' }, /Context "trustedDocumentsOnly" must be "true" or "false".*"on"/],
    [{ corsOrigins: 'app.example.com' }, /Context "corsOrigins" has an invalid origin "app.example.com"/],
    [{ corsOrigins: 'https://app.example.com/' }, /invalid origin "https:\/\/app.example.com\/"/],
    [{ corsOrigins: '*,https://app.example.com' }, /cannot combine "\*" with other origins/],
    [{ tracing: 'on' }, /Context "tracing" must be "true" or "false".*"on"/],
    [{ alarmEmail: 'ops.example.com' }, /Context "alarmEmail" must be one email address.*"ops.example.com"/],
    [{ alarmEmail: 'a@example.com,b@example.com' }, /Context "alarmEmail" must be one email address/],
    [{ alarmEmail: 'ops@localhost' }, /Context "alarmEmail" must be one email address/],
  ])('rejects %j naming the context key', (values, message) => {
    // Prepare
    const get = contextOf(values);

    // Act
    const read = () => readDeploymentSettings(get);

    // Assess
    expect(read).toThrow(ContextError);
    expect(read).toThrow(message);
  });
});

describe('readDeploymentSettings: HTTP caching and origin protection', () => {
  it('reads -c cacheMaxAge and -c originProtection, as strings or JSON values', () => {
    // Act
    const fromCli = readDeploymentSettings(contextOf({ stage: 'prod', cacheMaxAge: '300', originProtection: 'false' }));
    const fromJson = readDeploymentSettings(contextOf({ cacheMaxAge: 0, originProtection: true }));

    // Assess
    expect([fromCli.cacheMaxAgeSeconds, fromCli.originProtection]).toEqual([300, false]);
    expect([fromJson.cacheMaxAgeSeconds, fromJson.originProtection]).toEqual([0, true]);
  });

  it.each([
    [{ cacheMaxAge: '3601' }, 'Context "cacheMaxAge" must be a whole number of seconds from 0 to 3600, got "3601"'],
    [{ cacheMaxAge: '1m' }, 'Context "cacheMaxAge" must be a whole number of seconds from 0 to 3600, got "1m"'],
    [{ originProtection: 'no' }, 'Context "originProtection" must be "true" or "false", got "no"'],
  ])('refuses %j naming the key', (values, message) => {
    // Act
    const read = () => readDeploymentSettings(contextOf(values));

    // Assess
    expect(read).toThrow(new ContextError(message));
  });
});
