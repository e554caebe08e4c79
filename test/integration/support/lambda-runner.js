/**
 * Runs one bundled Lambda function in this process, loaded the way the Node.js Lambda runtime
 * loads it: `$LAMBDA_TASK_ROOT/<module>` at init and the export named by `_HANDLER`
 * (e.g. `index.handler`), then one `await handler(event, context)` at a time. Callback-style
 * handlers are not supported, as on the Node.js 24 runtime.
 *
 * Plain JavaScript started with `node` itself (see ./bundled-function.ts), so that no TypeScript
 * loader, jest module registry or test environment reaches the function: it sees only its bundle
 * and the environment its parent gives it.
 *
 * Protocol, newline-delimited JSON. Requests on stdin: `{ id, event, context }`, where `context`
 * holds the plain fields of the Lambda context plus `remainingTimeInMillis`. Replies on file
 * descriptor 3, since stdout and stderr are the function's own log streams, as in Lambda:
 * `{ ready: true }` after init or `{ initError }` before exiting with 1; then `{ id, result }` or
 * `{ id, error }` per request. The process exits when stdin closes.
 */
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const readline = require('node:readline');
const url = require('node:url');

// A socket rather than fs.writeSync: the pipe may be non-blocking, and a large reply must wait, not fail.
const replies = new net.Socket({ fd: 3, readable: false, writable: true });
const reply = (message) => replies.write(`${JSON.stringify(message)}\n`);
const exit = (code) => replies.end(() => process.exit(code));

function describeError(error) {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'NonError', message: String(error) };
}

/** Finds and loads the handler module as the runtime does: `.js`, `.mjs` or `.cjs`, ES module or CommonJS. */
async function loadHandler() {
  const taskRoot = process.env.LAMBDA_TASK_ROOT;
  const spec = process.env._HANDLER;
  if (!taskRoot || !spec || !spec.includes('.')) {
    throw new Error('LAMBDA_TASK_ROOT and _HANDLER (<module>.<export>) must be set');
  }
  const dot = spec.lastIndexOf('.');
  const base = path.join(taskRoot, spec.slice(0, dot));
  const file = ['.js', '.mjs', '.cjs'].map((ext) => base + ext).find((f) => fs.existsSync(f));
  if (file === undefined) throw new Error(`No ${spec.slice(0, dot)}.js, .mjs or .cjs in ${taskRoot}`);
  const load = () => import(url.pathToFileURL(file).href);
  let exported;
  if (file.endsWith('.mjs')) exported = await load();
  else {
    try {
      exported = require(file);
    } catch (error) {
      if (error.code !== 'ERR_REQUIRE_ESM') throw error;
      exported = await load();
    }
  }
  const handler = exported[spec.slice(dot + 1)];
  if (typeof handler !== 'function') throw new Error(`${spec} is not a function`);
  return handler;
}

function lambdaContext({ remainingTimeInMillis, ...fields }) {
  const deadline = Date.now() + remainingTimeInMillis;
  return { ...fields, callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()) };
}

async function main() {
  let handler;
  try {
    handler = await loadHandler();
  } catch (error) {
    reply({ initError: describeError(error) });
    exit(1);
    return;
  }
  reply({ ready: true });

  // Sequential on purpose: a Lambda execution environment handles one event at a time.
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const { id, event, context } = JSON.parse(line);
    try {
      reply({ id, result: await handler(event, lambdaContext(context)) });
    } catch (error) {
      reply({ id, error: describeError(error) });
    }
  }
  // The function's DynamoDB client keeps sockets open, so leaving the event loop to drain would hang.
  exit(0);
}

main();
