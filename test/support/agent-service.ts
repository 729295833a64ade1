// The reference service (examples/agent-service) as the real-server tests run it: with the
// environment the rendered API objects give it, as an unprivileged user.
import { cpSync } from 'node:fs';
import { SERVICE_ROOT } from './contract';
import { distConfigMap, distObject, type Scratch, AS_ROOT, TEST_SECRETS } from './servers';

/** Ports of this machine's servers standing in for the Services the rendered URLs name. */
export interface LocalPorts {
  readonly postgres: number;
  readonly redis: number;
  readonly app: number;
}

/**
 * The API's environment in `env`: its ConfigMap and both synced Secrets, as the Deployment's
 * envFrom gives them (test passwords, the rendered URL templates), with the Services' hosts
 * swapped for this machine's ports.
 */
export function apiEnvironment(env: string, ports: LocalPorts): Record<string, string> {
  const secrets: Readonly<Record<string, string>> = TEST_SECRETS;
  const local = (value: string) =>
    value
      .replace(/postgres(-ro)?\.[a-z0-9-]+\.svc\.cluster\.local:5432/, `127.0.0.1:${ports.postgres}`)
      .replace(/redis-0\.redis\.[a-z0-9-]+\.svc\.cluster\.local:6379/, `127.0.0.1:${ports.redis}`);
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(distConfigMap(`dist/${env}/app/configmap-agent-api-config.yaml`))) result[k] = local(v);
  for (const name of ['agent-api-secrets', 'agent-api-database']) {
    const es = distObject(`dist/${env}/app/externalsecret-${name}.yaml`);
    const values: Record<string, string> = {};
    for (const d of es.spec.data)
      values[d.secretKey] = secrets[d.remoteRef.property.replace(/-/g, '_').toUpperCase()] ?? secrets[d.secretKey]!;
    Object.assign(result, values);
    for (const [k, template] of Object.entries<string>(es.spec.target.template?.data ?? {})) {
      result[k] = local(template.replace(/\{\{ \.(\w+) \| urlquery \}\}/g, (_, key: string) => encodeURIComponent(values[key]!)));
    }
  }
  return { ...result, PORT: String(ports.app) };
}

/**
 * Where and as whom the service runs. As root: as nobody (as the pods run it, never as root),
 * from a copy in `scratch` it can read wherever the checkout is (a 0700 parent, a home
 * directory). Otherwise as the invoking user, from the checkout unless `copy` asks for a copy
 * (one a test may change).
 */
export function serviceRunner(
  scratch: Scratch,
  options: { readonly name?: string; readonly copy?: boolean } = {},
): { dir: string; user: { uid?: number; gid?: number } } {
  const user = AS_ROOT ? { uid: 65534, gid: 65534 } : {};
  if (!AS_ROOT && !options.copy) return { dir: SERVICE_ROOT, user };
  const dir = scratch.dir(options.name ?? 'service', 0o755);
  cpSync(SERVICE_ROOT, dir, { recursive: true, filter: (src) => !/(__pycache__|\.pytest_cache)/.test(src) });
  return { dir, user };
}
