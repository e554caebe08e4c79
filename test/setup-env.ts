// The AWS SDK warns on Node 20 that it will need Node 22 (Lambda already runs 22+); keep that
// warning out of test output. This SDK version reads the first variable; older ones the second.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING ??= '1';
// Powertools logs stay out of test output unless a test asks for them.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
// Metrics in the embedded metric format go to stdout; only the tests that read them turn them on.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
