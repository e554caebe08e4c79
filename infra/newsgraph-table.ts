import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { KeyAttribute, TableDefinition } from '../src/data/tables';

export interface NewsgraphTableProps {
  /** The table's keys and indexes, from the shared definition in src/data/tables.ts. */
  readonly definition: TableDefinition;
  /**
   * Durable tables (prod) get deletion protection and are retained when the stack is deleted;
   * the others (dev) are destroyed with their stack.
   */
  readonly durable: boolean;
}

const ATTRIBUTE_TYPES: Readonly<Record<KeyAttribute['type'], AttributeType>> = { S: AttributeType.STRING };

const attribute = (key: KeyAttribute): Attribute => ({ name: key.name, type: ATTRIBUTE_TYPES[key.type] });

/**
 * A DynamoDB table built from its shared definition (keys, indexes, time to live), which it keeps so that
 * `GraphqlFunction.bindTable` can name the environment variable the Lambda reads.
 *
 * The physical name is left to CloudFormation so that two stages can live in one account.
 */
export class NewsgraphTable extends Table {
  readonly definition: TableDefinition;

  constructor(scope: Construct, props: NewsgraphTableProps) {
    const { definition, durable } = props;
    super(scope, definition.constructId, {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The `aws/dynamodb` KMS key: no key to manage, and its use shows up in CloudTrail.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: durable,
      removalPolicy: durable ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      timeToLiveAttribute: definition.timeToLiveAttribute,
    });
    this.definition = definition;
    for (const index of definition.indexes) {
      this.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        // Every query reads whole items, so a narrower projection would only add GetItem round trips.
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
