import { nginxConfig } from '../../../bench/cdn';

describe('the nginx configuration of the CDN bench', () => {
  const config = nginxConfig('/tmp/newsgraph-cdn-x', 8081, 4001);

  it('keys the cache on the method, the path and the GraphQL query-string parameters only, as the distribution does', () => {
    // Act
    const key = /proxy_cache_key "([^"]+)";/.exec(config)?.[1];

    // Assess
    expect(key).toBe('$request_method|$uri|$arg_query|$arg_variables|$arg_operationName|$arg_extensions');
  });

  it('caches GET and HEAD, revalidates with the ETag, collapses concurrent misses and honours the origin headers', () => {
    // Assess
    expect(config).toContain('proxy_cache_methods GET HEAD;');
    expect(config).toContain('proxy_cache_revalidate on;');
    expect(config).toContain('proxy_cache_lock on;');
    expect(config).not.toMatch(/proxy_ignore_headers|proxy_cache_valid/);
  });

  it('listens on loopback only and keeps every file it writes in its own directory', () => {
    // Act
    const paths = [...config.matchAll(/(?:pid|error_log|access_log|_temp_path|proxy_cache_path) (\S+)/g)].map((m) => m[1]!).filter((p) => p !== 'off;');

    // Assess
    expect(config).toContain('listen 127.0.0.1:8081;');
    expect(config).toContain('server 127.0.0.1:4001;');
    expect(paths.length).toBeGreaterThanOrEqual(8);
    expect(paths.filter((p) => !p.startsWith('/tmp/newsgraph-cdn-x/'))).toEqual([]);
  });
});
