import { expect, test } from 'vitest';
import { containsCidr } from '../src/config/cidr';
import { NetworkFlows, NetworkPort, Peer } from '../src/constructs/network-flows';
import { ENVIRONMENTS } from '../src/config/environments';
import { SettingsError } from '../src/config/validate';
import { renderPlatform } from '../src/platform';
import { parse, settingsWith } from './support/rendered';

/** The committed environments with dev's API allowed out to `egressCidrs`. */
const devEgress = (egressCidrs: string[]) => {
  const dev = ENVIRONMENTS.dev!;
  return settingsWith({ ...ENVIRONMENTS, dev: { ...dev, app: { ...dev.app, egressCidrs } } });
};

test('public-address peers exclude exactly the non-public ranges inside them', () => {
  const except = (cidr: string) => Peer.publicAddresses('x', cidr).toPolicyPeer().ipBlock?.except ?? [];
  expect(except('0.0.0.0/0')).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10']);
  expect(except('100.0.0.0/8')).toEqual(['100.64.0.0/10']);
  expect(except('203.0.113.0/24')).toEqual([]);
});

test('containsCidr compares network prefixes', () => {
  expect(containsCidr('10.0.0.0/8', '10.20.0.0/16')).toBe(true);
  expect(containsCidr('10.0.0.0/8', '11.0.0.0/16')).toBe(false);
  expect(containsCidr('10.20.0.0/16', '10.0.0.0/8')).toBe(false);
  expect(containsCidr('172.16.0.0/12', '172.31.255.0/24')).toBe(true);
  expect(containsCidr('172.16.0.0/12', '172.32.0.0/24')).toBe(false);
  // A range contains itself; a wider range is never inside a narrower one with the same start.
  expect(containsCidr('10.0.0.0/8', '10.0.0.0/8')).toBe(true);
  expect(containsCidr('10.0.0.0/16', '10.0.0.0/8')).toBe(false);
});

test('egress ranges as IPv4 writes them render into the API egress policy, less the non-public ranges inside', () => {
  // One address (/32), a last octet above one digit, and a range wider than the private 10.0.0.0/8
  // that starts where it does: only 10.0.0.0/8 is cut out of 10.0.0.0/7 (10.0.0.0-11.255.255.255).
  const objects = parse(renderPlatform(devEgress(['198.51.100.7/32', '203.0.113.128/25', '10.0.0.0/7'])));
  const egress = objects.filter((o) => o.path.startsWith('dist/dev/') && o.kind === 'NetworkPolicy' && o.spec.egress);
  const ipBlocks = egress.flatMap((np) => np.spec.egress.flatMap((rule: { to: { ipBlock?: unknown }[] }) => rule.to.map((t) => t.ipBlock)));
  expect(ipBlocks.filter((b) => b !== undefined)).toEqual(
    expect.arrayContaining([{ cidr: '198.51.100.7/32' }, { cidr: '203.0.113.128/25' }, { cidr: '10.0.0.0/7', except: ['10.0.0.0/8'] }]),
  );
});

test.each([
  ['a prefix length above 32', '203.0.113.0/33'],
  ['an octet above 255', '256.0.0.0/8'],
  ['text before the address', 'x203.0.113.0/24'],
  ['text after the prefix length', '203.0.113.0/24x'],
  ['no prefix length', '203.0.113.0'],
])('fails on an egress range with %s', (_, value) => {
  try {
    devEgress([value]);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      { environment: 'dev', field: 'app.egressCidrs[0]', value, allowed: "an IPv4 CIDR such as '0.0.0.0/0' or '203.0.113.0/24'" },
    ]);
    return;
  }
  throw new Error(`'${value}' was accepted`);
});

test('fails when a public-address peer is a private range', () => {
  expect(() => Peer.publicAddresses('x', '10.1.0.0/16')).toThrow("peer 'x': 10.1.0.0/16 lies within the non-public range 10.0.0.0/8");
});

test('fails when a private-address peer is a public range', () => {
  expect(() => Peer.privateAddresses('x', '203.0.113.0/24')).toThrow("peer 'x': 203.0.113.0/24 is not inside a private range");
});

test('only peers of the namespace select the pods a policy applies to', () => {
  expect(Peer.pods('api', { app: 'api' }).podSelector).toEqual({ matchLabels: { app: 'api' } });
  expect(() => Peer.namespacePods('prometheus', 'monitoring', { app: 'prometheus' }).podSelector).toThrow(
    "peer 'prometheus' is not in the namespace",
  );
});

test('fails when settings name a private egress range', () => {
  const dev = ENVIRONMENTS.dev!;
  expect(() => settingsWith({ ...ENVIRONMENTS, dev: { ...dev, app: { ...dev.app, egressCidrs: ['192.168.1.0/24'] } } })).toThrow(
    SettingsError,
  );
  try {
    settingsWith({ ...ENVIRONMENTS, dev: { ...dev, app: { ...dev.app, egressCidrs: ['192.168.1.0/24'] } } });
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      {
        environment: 'dev',
        field: 'app.egressCidrs[0]',
        value: '192.168.1.0/24',
        allowed: 'a public range (this lies within 192.168.0.0/16, which egress rules always exclude)',
      },
    ]);
  }
});

test('fails on flows that no policy could carry', () => {
  const flows = new NetworkFlows();
  const outside = Peer.namespacePods('a', 'other', { app: 'a' });
  expect(() => flows.allow(outside, Peer.publicAddresses('b', '0.0.0.0/0'), [NetworkPort.tcp(1)], 'p')).toThrow(
    /neither 'a' nor 'b' is in the namespace/,
  );
  expect(() => flows.allow(Peer.allPods(), outside, [], 'no ports')).toThrow(/names no port/);
});
