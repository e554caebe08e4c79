import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  LogGroupLogDestination,
  PayloadFormatVersion,
  type CorsPreflightOptions,
  type HttpStage,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, CORS_MAX_AGE_SECONDS } from '../src/cors';

export const GRAPHQL_PATH = '/graphql';

/**
 * Limits of the default stage, for all routes together. Sized for a demo API: far above what its
 * clients send, and low enough that a flood is turned away by API Gateway (429) instead of
 * scaling the function and DynamoDB on-demand capacity into the bill. The account-level limit
 * (10,000 rps by default) is shared with every other API in the region.
 *
 * Kept, not raised, now that CloudFront is in front (./graphql-cdn.ts): repeated GETs are answered
 * at the edge and never count against it, so the same 100 rps now serves many times more client
 * requests. What still reaches it is what a cache cannot absorb: POSTs, first requests and
 * revalidations of each query, and a flood of distinct query strings (cache busting) or of direct
 * calls to the API Gateway URL (each one a Lambda invocation, even when answered 403). Those are
 * exactly the requests the limit exists to bound.
 */
export const STAGE_THROTTLE: Required<ThrottleSettings> = { rateLimit: 100, burstLimit: 200 };

/** One JSON object per request; every value a string, as some variables are `-` when absent. */
export const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
  userAgent: '$context.identity.userAgent',
};

export interface GraphqlHttpApiProps {
  /** The function serving every GraphQL request. */
  readonly handler: IFunction;
  /** Allowed origins; `['*']` allows any, `[]` configures no CORS at all. */
  readonly corsOrigins: readonly string[];
  /**
   * What happens to the access log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/**
 * The public HTTP API: GET and POST /graphql to the function (payload format 2.0), CORS answered
 * by API Gateway itself, and a throttled, access-logged `$default` stage.
 */
export class GraphqlHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogGroup: LogGroup;
  /** The full endpoint URL, `https://<api-id>.execute-api.<region>.amazonaws.com/graphql`. */
  readonly graphqlUrl: string;

  constructor(scope: Construct, id: string, props: GraphqlHttpApiProps) {
    super(scope, id);

    this.api = new HttpApi(this, 'Api', {
      apiName: Stack.of(this).stackName,
      description: 'newsgraph GraphQL API',
      corsPreflight: corsPreflight(props.corsOrigins),
      // The default stage is added below, with throttling and access logs.
      createDefaultStage: false,
    });

    this.api.addRoutes({
      path: GRAPHQL_PATH,
      // GET serves the Sandbox landing page and GET queries (cacheable); POST serves every operation.
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', props.handler, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      }),
    });

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });

    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: STAGE_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    this.graphqlUrl = `${this.api.apiEndpoint}${GRAPHQL_PATH}`;

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'A public, read-only API over published news: there is no user and nothing private to authorize. ' +
        'Abuse is bounded by the stage throttling and the function timeout.',
    });
  }
}

function corsPreflight(origins: readonly string[]): CorsPreflightOptions | undefined {
  if (origins.length === 0) return undefined;
  return {
    allowOrigins: [...origins],
    // The definition the local HTTP front answers with too (src/cors.ts).
    allowMethods: CORS_ALLOW_METHODS.map((method) => CorsHttpMethod[method]),
    allowHeaders: [...CORS_ALLOW_HEADERS],
    maxAge: Duration.seconds(CORS_MAX_AGE_SECONDS),
  };
}
