import { describe, expect, test } from 'vitest';
import { renderPlatform } from '../src/platform';
import { schemaError } from './support/schemas';
import { parse, rendered, settingsWith } from './support/rendered';
import { ENVIRONMENTS } from '../src/config/environments';

describe('every rendered object is valid against its schema', () => {
  const { objects } = rendered();

  test.each(objects.map((o) => [o.path, o] as const))('%s', (_path, object) => {
    const { path: _, ...manifest } = object;
    expect(schemaError(manifest)).toBeUndefined();
  });

  test('with Istio mTLS on, the mesh objects are valid too', () => {
    const definitions = Object.fromEntries(
      Object.entries(ENVIRONMENTS).map(([name, def]) => [name, { ...def, features: { istioMtls: true } }]),
    );
    const meshObjects = parse(renderPlatform(settingsWith(definitions))).filter(
      (o) => o.path.includes('/mesh/') || o.path.includes('/edge/'),
    );
    expect(meshObjects.map((o) => o.kind)).toContain('PeerAuthentication');
    expect(meshObjects.map((o) => o.kind)).toContain('NginxProxy');
    for (const { path: _, ...o } of meshObjects) expect(schemaError(o)).toBeUndefined();
  });
});

describe('the validators reject invalid objects', () => {
  const byKind = (kind: string) => {
    const { path: _, ...o } = rendered().objects.find((x) => x.kind === kind)!;
    return structuredClone(o);
  };

  test('fails for a Kubernetes kind with a wrongly typed field', () => {
    const statefulSet = byKind('StatefulSet');
    statefulSet.spec.template.spec.containers[0].ports[0].containerPort = 'eight thousand';
    expect(schemaError(statefulSet)).toMatch(/containerPort must be integer/);
  });

  test('fails for a custom kind with a wrongly typed field (pinned CRD schema)', () => {
    const secret = byKind('ExternalSecret');
    secret.spec.refreshInterval = 60;
    expect(schemaError(secret)).toMatch(/refreshInterval/);
  });

  test('fails for a custom kind with a wrongly typed nested field', () => {
    const app = byKind('Application');
    app.spec.syncPolicy.retry.limit = 'often';
    expect(schemaError(app)).toBeDefined();
  });

  test('fails for an NGINX Gateway Fabric policy out of its CRD range (pinned CRD schema)', () => {
    const limit = byKind('RateLimitPolicy');
    limit.spec.rateLimit.rejectCode = 600;
    expect(schemaError(limit)).toMatch(/rejectCode/);
  });

  test('fails for a Gateway API route with an unknown path match type (pinned CRD schema)', () => {
    const route = byKind('HTTPRoute');
    route.spec.rules[0].matches = [{ path: { type: 'Glob', value: '/v1' } }];
    expect(schemaError(route)).toBeDefined();
  });

  test('fails for a kind without a known schema', () => {
    expect(schemaError({ apiVersion: 'example.com/v1', kind: 'Widget' })).toMatch(/no schema validator/);
  });
});
