/**
 * Silences the AWS SDK's warning that future versions will need Node 22: Lambda already runs 22+,
 * so on a Node 20 development machine it is noise. Import this before constructing any client (the
 * SDK checks once, when the first client is built). In this SDK version the switch is
 * `AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED`; an explicit value set by the user is kept.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
