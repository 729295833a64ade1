import { expect, test } from 'vitest';
import { containsCidr } from '../src/config/cidr';
import { NetworkFlows, NetworkPort, Peer } from '../src/constructs/network-flows';
import { ENVIRONMENTS } from '../src/config/environments';
import { SettingsError } from '../src/config/validate';
import { settingsWith } from './support/rendered';

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
});

test('fails when a public-address peer is a private range', () => {
  expect(() => Peer.publicAddresses('x', '10.1.0.0/16')).toThrow("peer 'x': 10.1.0.0/16 lies within the non-public range 10.0.0.0/8");
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
