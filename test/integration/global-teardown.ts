/** Jest global teardown of the integration tier: stops the DynamoDB Local the setup started. */
export default async function globalTeardown(): Promise<void> {
  const db = globalThis.newsgraphIntegrationDynamoDb;
  globalThis.newsgraphIntegrationDynamoDb = undefined;
  if (db?.started) delete process.env.DYNAMODB_ENDPOINT;
  await db?.stop();
}
