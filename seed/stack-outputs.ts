/**
 * Reads what a deployed stack's CloudFormation outputs say (its table names, its GraphQL URL), so
 * seeding or smoke-testing a deployment needs only the stack name. Region and credentials come
 * from the usual AWS configuration (AWS_REGION / AWS_PROFILE / ~/.aws).
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GRAPHQL_URL_OUTPUT, TABLE_NAME_OUTPUTS } from '../infra/outputs';
import type { TableNames } from '../src/data/tables';

/**
 * The outputs of a stack, read with one DescribeStacks call.
 * @returns a reader that throws, naming the stack and the key, for an output the stack lacks.
 */
async function stackOutputs(stackName: string, client: CloudFormationClient): Promise<(key: string) => string> {
  const output = await client.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = output.Stacks?.[0]?.Outputs ?? [];
  return (key: string) => {
    const value = outputs.find((o) => o.OutputKey === key)?.OutputValue;
    if (!value) throw new Error(`Stack ${stackName} has no output ${key}; is it a newsgraph stack?`);
    return value;
  };
}

/** The deployed GraphQL endpoint (`https://…/graphql`) of a stack. */
export async function graphqlUrlFromStack(stackName: string, client = new CloudFormationClient({})): Promise<string> {
  return (await stackOutputs(stackName, client))(GRAPHQL_URL_OUTPUT);
}

/** The physical names of a stack's three tables. */
export async function tableNamesFromStack(stackName: string, client = new CloudFormationClient({})): Promise<TableNames> {
  const read = await stackOutputs(stackName, client);
  return {
    articles: read(TABLE_NAME_OUTPUTS.articles),
    entities: read(TABLE_NAME_OUTPUTS.entities),
    relationships: read(TABLE_NAME_OUTPUTS.relationships),
  };
}
