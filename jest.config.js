/**
 * Three test tiers, run together by `npm test`:
 * - unit:        no network, no processes (test/unit)
 * - integration: DynamoDB Local started once by the global setup (test/integration)
 * - infra:       CDK assertions on the synthesized stack, and the bundled asset (test/infra)
 */
const transform = { '^.+\\.(t|j)s$': ['@swc/jest'] };
const common = { transform, testEnvironment: 'node', setupFiles: ['<rootDir>/test/setup-env.ts'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
    { ...common, displayName: 'infra', testMatch: ['<rootDir>/test/infra/**/*.test.ts'] },
  ],
  testTimeout: 60000,
};
