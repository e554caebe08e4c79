// The AWS SDK warns on Node 20 (Lambda runs 22+); keep that warning out of test output.
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING = '1';
