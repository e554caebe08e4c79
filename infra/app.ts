/**
 * The CDK app: reads the deployment settings from context and creates that stage's stack.
 *
 *   npx cdk synth -c stage=prod [-c sandbox=true] [-c corsOrigins=https://a.example,https://b.example]
 */
import { App } from 'aws-cdk-lib';
import { readDeploymentSettings } from './context';
import { NewsgraphStack } from './newsgraph-stack';
import { stackNameFor } from './outputs';

const app = new App();
const settings = readDeploymentSettings((key) => app.node.tryGetContext(key));
new NewsgraphStack(app, stackNameFor(settings.stage), { settings });
