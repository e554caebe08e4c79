/**
 * The Node versions newsgraph says it supports (`engines.node` in package.json, the README) are
 * versions every installed package supports too: otherwise `npm ci` prints EBADENGINE warnings on
 * the oldest supported Node, and may install code that does not run there. Read from
 * package-lock.json, which is what `npm ci` installs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const ROOT = path.resolve(__dirname, '../..');

interface LockedPackage {
  readonly version?: string;
  readonly engines?: { readonly node?: string } | readonly string[];
  readonly dev?: boolean;
  readonly optional?: boolean;
}

const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };

/** The `engines.node` range of a locked package, when it declares one (old packages used an array). */
function nodeRange(info: LockedPackage): string | undefined {
  return Array.isArray(info.engines) ? undefined : (info.engines as { node?: string } | undefined)?.node;
}

describe('supported Node versions', () => {
  const supported = packageJson.engines.node;
  const oldest = semver.minVersion(supported)!.version;

  it('are stated as a range with a lowest version', () => {
    // Assess
    expect(semver.validRange(supported)).not.toBeNull();
    expect(oldest).toBe('20.19.0');
  });

  it('are supported by every locked package, so npm ci prints no EBADENGINE on the oldest one', () => {
    // Act
    const refusing = Object.entries(lock.packages)
      .filter(([location]) => location !== '')
      .map(([location, info]) => ({ location, version: info.version, range: nodeRange(info) }))
      .filter(({ range }) => range !== undefined && !semver.satisfies(oldest, range!))
      .map(({ location, version, range }) => `${location}@${version} wants node ${range}`);

    // Assess
    expect(refusing).toEqual([]);
  });

  it('include the Node this test runs on, the one the team tests with', () => {
    // Assess
    expect(semver.satisfies(process.version, supported)).toBe(true);
  });

  it('are the ones the README states', () => {
    // Prepare
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

    // Assess
    expect(readme).toContain(`**Node.js ${semver.minVersion(supported)!.major}.${semver.minVersion(supported)!.minor}+**`);
    expect(readme).toContain('The Lambda runs Node.js 24');
  });
});
