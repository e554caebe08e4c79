/**
 * Reads the deployed table names from the stack's CloudFormation outputs, so seeding a
 * deployment needs only the stack name. Region and credentials come from the usual AWS
 * configuration (AWS_REGION / AWS_PROFILE / ~/.aws).
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { TABLE_NAME_OUTPUTS } from '../infra/outputs';
import type { TableNames } from '../src/data/tables';

export async function tableNamesFromStack(stackName: string, client = new CloudFormationClient({})): Promise<TableNames> {
  const output = await client.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = output.Stacks?.[0]?.Outputs ?? [];
  const read = (key: string) => {
    const value = outputs.find((o) => o.OutputKey === key)?.OutputValue;
    if (!value) throw new Error(`Stack ${stackName} has no output ${key}; is it a newsgraph stack?`);
    return value;
  };
  return {
    articles: read(TABLE_NAME_OUTPUTS.articles),
    entities: read(TABLE_NAME_OUTPUTS.entities),
    relationships: read(TABLE_NAME_OUTPUTS.relationships),
  };
}
