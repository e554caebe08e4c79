import * as fs from 'node:fs';
import * as path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_ACTIONS } from '../../infra/graphql-function';
import { STAGE_THROTTLE } from '../../infra/graphql-http-api';
import { UNCACHED_ERROR_STATUSES } from '../../infra/graphql-cdn';
import { CDN_GRAPHQL_URL_OUTPUT, DISTRIBUTION_ID_OUTPUT, GRAPHQL_URL_OUTPUT, TABLE_NAME_OUTPUTS } from '../../infra/outputs';
import { CACHE_KEY_QUERY_STRINGS, ORIGIN_VERIFY_HEADER } from '../../src/cdn';
import { GRAPH_TABLES, PERSISTED_QUERIES_TABLE, TABLES, keyAttributes } from '../../src/data/tables';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, CORS_MAX_AGE_SECONDS } from '../../src/cors';
import { functionAssetDir, logicalIdOf, removeAssemblies, synthesize, type Synthesized } from './synth';

// One synthesis per stage, shared by every test in this file (module scope, so `it.each` can list them).
const dev = synthesize({ context: { stage: 'dev' } });
const prod = synthesize({ context: { stage: 'prod' } });
afterAll(() => removeAssemblies(dev, prod));
const stages = () => [
  ['dev', dev],
  ['prod', prod],
] as const;

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

const resources = (s: Synthesized): Record<string, Resource> => s.template.toJSON().Resources;

/** Every IAM policy statement in the template, with Action and Resource always arrays. */
function policyStatements(s: Synthesized): { Action: string[]; Resource: unknown[]; Effect: string }[] {
  return Object.values(resources(s))
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .flatMap((r) => r.Properties.PolicyDocument.Statement)
    .map((st: any) => ({ ...st, Action: [st.Action].flat(), Resource: [st.Resource].flat() }));
}

describe('DynamoDB tables', () => {
  it('creates one table per shared definition and no other', () => {
    // Prepare
    const { template } = dev;

    // Act
    const tables = template.findResources('AWS::DynamoDB::Table');

    // Assess
    expect(Object.keys(tables)).toHaveLength(TABLES.length);
  });

  it.each(TABLES.map((t) => [t.id, t] as const))('builds the %s table from the shared definition', (_id, definition) => {
    // Prepare
    const table = dev.stack.tables[definition.id];

    // Act
    const { Properties } = resources(dev)[logicalIdOf(dev, table)];

    // Assess
    expect(Properties.KeySchema).toEqual([
      { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
    ]);
    // CloudFormation leaves the property out for a table without indexes.
    expect(Properties.GlobalSecondaryIndexes ?? []).toEqual(
      definition.indexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const byName = (a: { AttributeName: string }, b: { AttributeName: string }) => a.AttributeName.localeCompare(b.AttributeName);
    expect([...Properties.AttributeDefinitions].sort(byName)).toEqual(
      keyAttributes(definition)
        .map((a) => ({ AttributeName: a.name, AttributeType: a.type }))
        .sort(byName),
    );
    expect(Properties.TimeToLiveSpecification).toEqual(
      definition.timeToLiveAttribute === undefined ? undefined : { AttributeName: definition.timeToLiveAttribute, Enabled: true },
    );
  });

  it.each(['entities', 'relationships'] as const)(
    'gives the %s table the byStatus index (statusPk, statusSk, every attribute projected) the status lists read',
    (id) => {
      // Act
      const { Properties } = resources(dev)[logicalIdOf(dev, dev.stack.tables[id])];

      // Assess
      expect(Properties.GlobalSecondaryIndexes).toContainEqual({
        IndexName: 'byStatus',
        KeySchema: [
          { AttributeName: 'statusPk', KeyType: 'HASH' },
          { AttributeName: 'statusSk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      });
      expect(Properties.AttributeDefinitions).toEqual(
        expect.arrayContaining([
          { AttributeName: 'statusPk', AttributeType: 'S' },
          { AttributeName: 'statusSk', AttributeType: 'S' },
        ]),
      );
    },
  );

  it('adds at most one index to a table since the last release, as one CloudFormation update can', () => {
    // Prepare: the indexes before the status lists had their own (round 5).
    const released: Record<string, string[]> = {
      articles: ['byList', 'byEntity'],
      entities: ['byName', 'byType', 'byTerm'],
      relationships: ['byList', 'byType', 'byEntity', 'byEntityDirection', 'byArticle'],
      persistedQueries: [],
    };

    // Act
    const indexNames = Object.fromEntries(
      TABLES.map((t) => [t.id, (resources(dev)[logicalIdOf(dev, dev.stack.tables[t.id])].Properties.GlobalSecondaryIndexes ?? []).map((i: any) => i.IndexName)]),
    );

    // Assess: nothing removed, at most one added per table
    for (const table of TABLES) {
      const now: string[] = indexNames[table.id];
      expect(now).toEqual(expect.arrayContaining(released[table.id]!));
      expect(now.length - released[table.id]!.length).toBeLessThanOrEqual(1);
    }
    expect(indexNames.entities).toContain('byStatus');
    expect(indexNames.relationships).toContain('byStatus');
  });

  it('gives the persisted-query store a time to live on expiresAt, and no index', () => {
    // Prepare
    const table = dev.stack.tables.persistedQueries;

    // Act
    const { Properties } = resources(dev)[logicalIdOf(dev, table)];

    // Assess
    expect(Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    expect(Properties.GlobalSecondaryIndexes).toBeUndefined();
    expect(PERSISTED_QUERIES_TABLE.indexes).toEqual([]);
  });

  it.each(stages())('%s: on-demand, point-in-time recovery, AWS-managed encryption, CloudFormation-named', (_stage, s) => {
    // Prepare
    const { template } = s;

    // Act
    const assess = () =>
      template.allResourcesProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        // SSEEnabled without SSEType: the AWS-managed KMS key (aws/dynamodb).
        SSESpecification: Match.objectEquals({ SSEEnabled: true }),
        TableName: Match.absent(),
      });

    // Assess
    expect(assess).not.toThrow();
  });

  it('dev: tables are deleted with the stack and have no deletion protection', () => {
    // Prepare
    const tables = Object.values(dev.template.findResources('AWS::DynamoDB::Table'));

    // Act
    const settings = tables.map((t) => [t.DeletionPolicy, t.UpdateReplacePolicy, t.Properties.DeletionProtectionEnabled]);

    // Assess
    expect(settings).toEqual(TABLES.map(() => ['Delete', 'Delete', false]));
  });

  it('prod: tables are retained (except when the first create fails) and protected from deletion', () => {
    // Prepare
    const tables = Object.values(prod.template.findResources('AWS::DynamoDB::Table'));

    // Act
    const settings = tables.map((t) => [t.DeletionPolicy, t.UpdateReplacePolicy, t.Properties.DeletionProtectionEnabled]);

    // Assess
    expect(settings).toEqual(TABLES.map(() => ['RetainExceptOnCreate', 'Retain', true]));
  });
});

describe('GraphQL function', () => {
  it.each(stages())('%s: Node.js 24 on arm64, 512 MB, 10 s, handler index.handler', (_stage, s) => {
    // Prepare
    const fn = resources(s)[logicalIdOf(s, s.stack.graphqlFunction)];

    // Act
    const { Runtime, Architectures, MemorySize, Timeout, Handler } = fn.Properties;

    // Assess
    expect({ Runtime, Architectures, MemorySize, Timeout, Handler }).toEqual({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 10,
      Handler: 'index.handler',
    });
  });

  it.each([
    ['dev', dev, { STAGE: 'dev', SANDBOX: 'true', CORS_ORIGINS: '*', TRUSTED_DOCUMENTS_ONLY: 'false', HTTP_CACHE_MAX_AGE_SECONDS: '10' }],
    ['prod', prod, { STAGE: 'prod', SANDBOX: 'false', CORS_ORIGINS: '', TRUSTED_DOCUMENTS_ONLY: 'false', HTTP_CACHE_MAX_AGE_SECONDS: '60' }],
  ] as const)('%s: sets exactly the environment the runtime config reads', (_stage, s, expected) => {
    // Prepare
    const tableVars = Object.fromEntries(
      TABLES.map((t) => [t.envVar, { Ref: logicalIdOf(s, s.stack.tables[t.id]) }]),
    );

    // Act
    const variables = resources(s)[logicalIdOf(s, s.stack.graphqlFunction)].Properties.Environment.Variables;

    // Assess
    expect(variables).toEqual({
      ...expected,
      ...tableVars,
      ORIGIN_VERIFY_SECRET: s.stack.resolve(s.stack.cdn.originSecret!.secretValue.unsafeUnwrap()),
      POWERTOOLS_SERVICE_NAME: 'newsgraph',
      NODE_ENV: 'production',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it.each(stages())('%s: logs to its own log group with one month of retention', (stage, s) => {
    // Prepare
    const fn = resources(s)[logicalIdOf(s, s.stack.graphqlFunction)];

    // Act
    const logGroupId: string = fn.Properties.LoggingConfig.LogGroup.Ref;
    const logGroup = resources(s)[logGroupId];

    // Assess
    expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
    expect(logGroup.Properties.RetentionInDays).toBe(30);
    expect(logGroup.DeletionPolicy).toBe(stage === 'prod' ? 'RetainExceptOnCreate' : 'Delete');
  });

  it('bundles to index.js with a linked source map that carries no copy of the sources', () => {
    // Prepare
    const assetDir = functionAssetDir(dev);

    // Act
    const files = fs.readdirSync(assetDir).sort();
    const code = fs.readFileSync(path.join(assetDir, 'index.js'), 'utf8');
    const sourceMap = JSON.parse(fs.readFileSync(path.join(assetDir, 'index.js.map'), 'utf8'));

    // Assess
    expect(files).toEqual(['index.js', 'index.js.map']);
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
    expect(sourceMap.sourcesContent).toBeUndefined();
  });
});

describe('IAM', () => {
  it.each(stages())('%s: the function role has no AWS managed policy', (_stage, s) => {
    // Prepare
    const role = s.template.findResources('AWS::IAM::Role');

    // Act
    const managed = Object.values(role).map((r) => r.Properties.ManagedPolicyArns);

    // Assess
    expect(managed).toEqual([undefined]);
  });

  /** The DynamoDB statements of the function's policy that name one of `arns` among their resources. */
  const dynamoStatementsOn = (s: Synthesized, ...arns: unknown[]) => {
    const wanted = new Set(arns.map((arn) => JSON.stringify(arn)));
    return policyStatements(s).filter(
      (st) => st.Action.some((a) => a.startsWith('dynamodb:')) && st.Resource.some((r) => wanted.has(JSON.stringify(r))),
    );
  };

  it.each(stages())('%s: allows only BatchGetItem, GetItem and Query, on the three graph tables and their indexes', (_stage, s) => {
    // Prepare
    const tableArns = GRAPH_TABLES.map((t) => s.stack.resolve(s.stack.tables[t.id].tableArn));
    const expectedResources = [
      ...tableArns,
      ...tableArns.map((arn) => ({ 'Fn::Join': ['', [arn, '/index/*']] })),
    ];

    // Act
    const dynamo = dynamoStatementsOn(s, ...tableArns);

    // Assess
    expect(new Set(dynamo.flatMap((st) => st.Action))).toEqual(new Set(TABLE_ACTIONS.read));
    expect(TABLE_ACTIONS.read).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']);
    for (const st of dynamo) {
      expect(st.Effect).toBe('Allow');
      expect(st.Action.every((a) => a.startsWith('dynamodb:'))).toBe(true);
    }
    const granted = dynamo.flatMap((st) => st.Resource);
    expect(granted).toHaveLength(expectedResources.length);
    expect(granted).toEqual(expect.arrayContaining(expectedResources));
  });

  it.each(stages())('%s: allows exactly GetItem and PutItem on the persisted-query store, on the table alone', (_stage, s) => {
    // Prepare
    const arn = s.stack.resolve(s.stack.tables.persistedQueries.tableArn);

    // Act
    const statements = dynamoStatementsOn(s, arn);

    // Assess
    expect(statements).toEqual([{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: [arn] }]);
    expect(TABLE_ACTIONS.getPut).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
  });

  it.each(stages())('%s: grants nothing else than writing to its log group, and no "*" resource', (_stage, s) => {
    // Prepare
    const logGroupArn = s.stack.resolve(s.stack.graphqlFunction.logGroup.logGroupArn);

    // Act
    const statements = policyStatements(s);
    const other = statements.filter((st) => !st.Action.every((a) => a.startsWith('dynamodb:')));
    const dynamoActions = new Set(statements.flatMap((st) => st.Action).filter((a) => a.startsWith('dynamodb:')));

    // Assess
    expect(other).toEqual([{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [logGroupArn] }]);
    expect(dynamoActions).toEqual(new Set([...TABLE_ACTIONS.read, ...TABLE_ACTIONS.getPut]));
    expect(statements.flatMap((st) => st.Resource)).not.toContain('*');
    expect(statements.flatMap((st) => st.Action).some((a) => a.includes('*'))).toBe(false);
  });
});

describe('HTTP API', () => {
  it.each(stages())('%s: routes GET and POST /graphql to the function with payload format 2.0', (_stage, s) => {
    // Prepare
    const { template } = s;
    const functionArn = s.stack.resolve(s.stack.graphqlFunction.functionArn);

    // Act
    const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey);
    const integrations = Object.values(template.findResources('AWS::ApiGatewayV2::Integration')).map((r) => r.Properties);

    // Assess
    expect(routeKeys.sort()).toEqual(['GET /graphql', 'POST /graphql']);
    expect(integrations).toEqual([
      expect.objectContaining({ IntegrationType: 'AWS_PROXY', IntegrationUri: functionArn, PayloadFormatVersion: '2.0' }),
    ]);
  });

  it('dev: CORS allows any origin with the Apollo headers, exactly as the local HTTP front answers', () => {
    // Prepare
    const { template } = dev;

    // Act
    const [api] = Object.values(template.findResources('AWS::ApiGatewayV2::Api'));

    // Assess
    expect(api.Properties.CorsConfiguration).toEqual({
      AllowOrigins: ['*'],
      AllowMethods: CORS_ALLOW_METHODS,
      AllowHeaders: CORS_ALLOW_HEADERS,
      MaxAge: CORS_MAX_AGE_SECONDS,
    });
    expect(CORS_ALLOW_HEADERS).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name']),
    );
  });

  it('prod: configures no CORS by default', () => {
    // Prepare
    const { template } = prod;

    // Act
    const [api] = Object.values(template.findResources('AWS::ApiGatewayV2::Api'));

    // Assess
    expect(api.Properties.CorsConfiguration).toBeUndefined();
  });

  it.each(stages())('%s: the $default stage is throttled and writes JSON access logs to its own log group', (_stage, s) => {
    // Prepare
    const [stage] = Object.values(s.template.findResources('AWS::ApiGatewayV2::Stage'));

    // Act
    const { StageName, AutoDeploy, DefaultRouteSettings, AccessLogSettings } = stage.Properties;
    const logGroupId: string = AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    const format = JSON.parse(AccessLogSettings.Format);

    // Assess
    expect({ StageName, AutoDeploy }).toEqual({ StageName: '$default', AutoDeploy: true });
    expect(DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 });
    expect(STAGE_THROTTLE).toEqual({ rateLimit: 100, burstLimit: 200 });
    expect(logGroupId).toBe(logicalIdOf(s, s.stack.httpApi.accessLogGroup));
    expect(resources(s)[logGroupId].Properties.RetentionInDays).toBe(30);
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      ip: '$context.identity.sourceIp',
      routeKey: '$context.routeKey',
      status: '$context.status',
      responseLatency: '$context.responseLatency',
      integrationLatency: '$context.integrationLatency',
    });
  });
});

/** The one distribution's config, and the cache policy its default behavior uses. */
function cdnOf(s: Synthesized) {
  const [distribution, ...others] = Object.values(s.template.findResources('AWS::CloudFront::Distribution'));
  expect(others).toEqual([]);
  const config = distribution!.Properties.DistributionConfig;
  const policyId: string = config.DefaultCacheBehavior.CachePolicyId.Ref;
  return { config, behavior: config.DefaultCacheBehavior, policy: resources(s)[policyId]!.Properties.CachePolicyConfig };
}

describe('CDN', () => {
  it.each(stages())('%s: a CloudFront distribution with the HTTP API as its HTTPS-only origin', (_stage, s) => {
    // Prepare
    const apiEndpoint = s.stack.resolve(s.stack.httpApi.api.apiEndpoint);

    // Act
    const { config } = cdnOf(s);
    const [origin] = config.Origins;

    // Assess
    expect(config.Origins).toHaveLength(1);
    expect(origin.DomainName).toEqual({ 'Fn::Select': [2, { 'Fn::Split': ['/', apiEndpoint] }] });
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(config).toMatchObject({ Enabled: true, HttpVersion: 'http2and3', PriceClass: 'PriceClass_100' });
  });

  it.each(stages())('%s: viewers on HTTPS only; every method allowed, GET and HEAD cached; compressed', (_stage, s) => {
    // Act
    const { behavior } = cdnOf(s);

    // Assess
    expect(behavior.ViewerProtocolPolicy).toBe('https-only');
    expect(behavior.AllowedMethods).toEqual(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']);
    expect(behavior.CachedMethods).toEqual(['GET', 'HEAD']);
    expect(behavior.Compress).toBe(true);
    // AWS's managed AllViewerExceptHostHeader: the CSRF and content-type headers reach Apollo, Host stays API Gateway's.
    expect(behavior.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
  });

  it.each(stages())('%s: the cache key is the GraphQL query-string parameters, no cookies, no headers; TTLs from the origin', (_stage, s) => {
    // Act
    const { policy } = cdnOf(s);

    // Assess
    expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toEqual({
      QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: ['query', 'variables', 'operationName', 'extensions'] },
      HeadersConfig: { HeaderBehavior: 'none' },
      CookiesConfig: { CookieBehavior: 'none' },
      EnableAcceptEncodingGzip: true,
      EnableAcceptEncodingBrotli: true,
    });
    expect(CACHE_KEY_QUERY_STRINGS).toEqual(['query', 'variables', 'operationName', 'extensions']);
    expect({ MinTTL: policy.MinTTL, DefaultTTL: policy.DefaultTTL, MaxTTL: policy.MaxTTL }).toEqual({ MinTTL: 0, DefaultTTL: 0, MaxTTL: 3600 });
  });

  it.each(stages())('%s: caches no error answer at the edge', (_stage, s) => {
    // Act
    const { config } = cdnOf(s);

    // Assess
    expect(config.CustomErrorResponses).toEqual(UNCACHED_ERROR_STATUSES.map((ErrorCode) => ({ ErrorCode, ErrorCachingMinTTL: 0 })));
  });

  it.each(stages())('%s: sends a generated secret in x-origin-verify, the same the function requires, with no literal in the template', (_stage, s) => {
    // Prepare
    const secret = s.stack.cdn.originSecret!;
    const reference = s.stack.resolve(secret.secretValue.unsafeUnwrap());
    const fn = resources(s)[logicalIdOf(s, s.stack.graphqlFunction)];

    // Act
    const { config } = cdnOf(s);
    const secretResource = resources(s)[logicalIdOf(s, secret)];

    // Assess
    expect(ORIGIN_VERIFY_HEADER).toBe('x-origin-verify');
    expect(config.Origins[0].OriginCustomHeaders).toEqual([{ HeaderName: 'x-origin-verify', HeaderValue: reference }]);
    expect(fn.Properties.Environment.Variables.ORIGIN_VERIFY_SECRET).toEqual(reference);
    expect(JSON.stringify(reference)).toMatch(/^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:",\{"Ref":"\w+"\},":SecretString:::\}\}"\]\]\}$/);
    expect(secretResource.Type).toBe('AWS::SecretsManager::Secret');
    expect(secretResource.Properties.GenerateSecretString).toEqual({ PasswordLength: 48, ExcludePunctuation: true, IncludeSpace: false });
    expect(secretResource.Properties).not.toHaveProperty('SecretString');
  });
});

describe('-c originProtection=false -c cacheMaxAge=0', () => {
  let open: Synthesized;
  beforeAll(() => {
    open = synthesize({ context: { stage: 'dev', originProtection: 'false', cacheMaxAge: '0' } });
  });
  afterAll(() => removeAssemblies(open));

  it('sends no origin header, creates no secret and gives the function no secret; caching off', () => {
    // Act
    const { config } = cdnOf(open);
    const variables = resources(open)[logicalIdOf(open, open.stack.graphqlFunction)].Properties.Environment.Variables;

    // Assess
    expect(config.Origins[0].OriginCustomHeaders).toBeUndefined();
    expect(open.template.findResources('AWS::SecretsManager::Secret')).toEqual({});
    expect(variables).not.toHaveProperty('ORIGIN_VERIFY_SECRET');
    expect(variables.HTTP_CACHE_MAX_AGE_SECONDS).toBe('0');
  });
});

describe('prod with -c sandbox=true -c corsOrigins=… -c trustedDocumentsOnly=true', () => {
  let custom: Synthesized;
  beforeAll(() => {
    custom = synthesize({
      context: { stage: 'prod', sandbox: 'true', corsOrigins: 'https://app.example.com,http://localhost:5173', trustedDocumentsOnly: 'true' },
    });
  });
  afterAll(() => removeAssemblies(custom));

  it('passes the sandbox, origins and trusted-documents mode to the function, and the origins to API Gateway CORS', () => {
    // Prepare
    const { template } = custom;

    // Act
    const variables = resources(custom)[logicalIdOf(custom, custom.stack.graphqlFunction)].Properties.Environment.Variables;
    const [api] = Object.values(template.findResources('AWS::ApiGatewayV2::Api'));

    // Assess
    expect(variables).toMatchObject({
      STAGE: 'prod',
      SANDBOX: 'true',
      CORS_ORIGINS: 'https://app.example.com,http://localhost:5173',
      TRUSTED_DOCUMENTS_ONLY: 'true',
    });
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
  });

  it('puts Origin in the CDN cache key, since API Gateway echoes an allowed origin and answers differ by it', () => {
    // Act
    const { policy } = cdnOf(custom);

    // Assess
    expect(policy.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig).toEqual({ HeaderBehavior: 'whitelist', Headers: ['origin'] });
  });
});

describe('stack', () => {
  it.each(stages())('%s: outputs the CDN and API GraphQL URLs, the distribution id, every table name, the alarm topic and the dashboard', (_stage, s) => {
    // Prepare
    const outputs = s.template.toJSON().Outputs;
    const apiEndpoint = s.stack.resolve(s.stack.httpApi.api.apiEndpoint);

    // Act
    const tableOutputs = TABLES.map((t) => outputs[TABLE_NAME_OUTPUTS[t.id]]?.Value);

    // Assess
    expect(outputs[GRAPHQL_URL_OUTPUT].Value).toEqual({ 'Fn::Join': ['', [apiEndpoint, '/graphql']] });
    expect(outputs[CDN_GRAPHQL_URL_OUTPUT].Value).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalIdOf(s, s.stack.cdn.distribution), 'DomainName'] }, '/graphql']],
    });
    expect(outputs[DISTRIBUTION_ID_OUTPUT].Value).toEqual({ Ref: logicalIdOf(s, s.stack.cdn.distribution) });
    expect(tableOutputs).toEqual(TABLES.map((t) => ({ Ref: logicalIdOf(s, s.stack.tables[t.id]) })));
    expect(Object.keys(outputs).sort()).toEqual(
      ['CdnGraphQlUrl', 'DistributionId', 'GraphQlUrl', 'ArticlesTableName', 'EntitiesTableName', 'RelationshipsTableName', 'PersistedQueriesTableName', 'AlarmTopicArn', 'DashboardName'].sort(),
    );
  });

  it.each(stages())('%s: is named per stage, and only prod has termination protection', (stage, s) => {
    // Prepare
    const artifact = s.assembly.getStackByName(s.stack.stackName);

    // Act
    const { stackName, terminationProtection } = artifact;

    // Assess
    expect(stackName).toBe(`newsgraph-${stage}`);
    expect(terminationProtection).toBe(stage === 'prod');
  });
});
