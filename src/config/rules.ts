/**
 * Cross-field rules of an environment that depend on its tier or span its sections, and rules
 * across environments. Each runs only when the fields it reads passed their own schema
 * (settings.ts), so it never reasons about a value that is already wrong.
 */
import { namespaceDemand } from './capacity';
import { isOwnImage, OWN_IMAGES } from './own-images';
import { parseQuantity } from './quantity';
import type { Rule } from './schema';
import type { EnvironmentSettings, PlatformSettings } from './settings';

const LETSENCRYPT_STAGING = 'acme-staging';
const DURATION_DAYS: Record<string, number> = { h: 1 / 24, d: 1, w: 7, y: 365 };
const production = (env: EnvironmentSettings) => env.tier === 'production';

/** A production-tier floor on an integer field whose schema allows `max` at most. */
function productionFloor(field: string, min: number, max: number, why: string, read: (env: EnvironmentSettings) => number) {
  return {
    reads: ['tier', field],
    check: (env, c) => {
      if (production(env) && read(env) < min) c.fail(field, read(env), `an integer from ${min} to ${max} (${why})`);
    },
  } satisfies Rule<EnvironmentSettings>;
}

const digests: Rule<EnvironmentSettings> = {
  reads: ['tier'],
  check: (env, c) => {
    if (!production(env)) return;
    // `images` is absent when images.json has no entry for the environment (reported by the schema).
    for (const [name, image] of Object.entries(env.images ?? {})) {
      // An image this repository builds has no digest until it is published; it then renders unpullable (hardened-pod.ts).
      if (isOwnImage(name)) continue;
      if (c.valid(`images.${name}`) && image.digest === undefined) {
        c.fail(`images.${name}.digest`, undefined, "'sha256:' and 64 hex digits (required in the production tier)");
      }
    }
  },
};

const redisReplicas: Rule<EnvironmentSettings> = {
  reads: ['tier', 'redis.mode', 'redis.replicas'],
  check: (env, c) => {
    const { mode, replicas } = env.redis;
    if (production(env) && mode === 'standalone') {
      c.fail('redis.mode', mode, "'sentinel' or 'cluster' in the production tier (a standalone instance has no failover)");
    } else if (mode === 'standalone') {
      if (replicas !== 0) c.fail('redis.replicas', replicas, "0 in 'standalone' mode");
    } else {
      const floor = mode === 'sentinel' || production(env) ? 1 : 0;
      const why =
        mode === 'sentinel' ? 'Sentinel needs a replica to promote' : 'each master needs a replica to fail over to in the production tier';
      if (replicas < floor) c.fail('redis.replicas', replicas, `an integer from ${floor} to 5 (${why})`);
    }
  },
};

/** The quota must admit every workload at its peak, or scale-ups, rollouts and failovers stall. */
const quotaAdmitsWorkloads: Rule<EnvironmentSettings> = {
  reads: [
    'quota',
    'app.maxReplicas',
    'app.resources',
    'postgres.replicas',
    'postgres.resources',
    'redis.mode',
    'redis.replicas',
    'redis.clusterMasters',
    'redis.resources',
    'backup.enabled',
    'backup.drill.enabled',
  ],
  check: (env, c) => {
    const demand = namespaceDemand(env);
    const pods = demand.reduce((sum, d) => sum + d.pods, 0);
    const total = (key: 'cpuRequest' | 'memoryRequest' | 'memoryLimit') =>
      demand.reduce((sum, d) => sum + d.pods * d.containers.reduce((s, r) => s + parseQuantity(r[key]), 0), 0);
    const why = `(peak: ${demand.map((d) => `${d.workload} ${d.pods}`).join(', ')})`;
    const q = env.quota;
    if (q.pods < pods) c.fail('quota.pods', q.pods, `at least ${pods} ${why}`);
    const need = (field: string, have: string, key: 'cpuRequest' | 'memoryRequest' | 'memoryLimit', unit: (n: number) => string) => {
      const needed = total(key);
      if (parseQuantity(have) < needed) c.fail(field, have, `at least ${unit(needed)} ${why}`);
    };
    need('quota.cpuRequests', q.cpuRequests, 'cpuRequest', (n) => `${Math.ceil(n * 1000)}m`);
    need('quota.memoryRequests', q.memoryRequests, 'memoryRequest', (n) => `${Math.ceil(n / 2 ** 20)}Mi`);
    need('quota.memoryLimits', q.memoryLimits, 'memoryLimit', (n) => `${Math.ceil(n / 2 ** 20)}Mi`);
  },
};

/** A release reaches production users only after a person (or an analysis on real traffic) says so. */
const releaseGates: Rule<EnvironmentSettings> = {
  reads: ['tier', 'app.rollout.autoPromotion', 'app.rollout.inconclusiveLimit', 'app.rollout.prePromotionMeasurements'],
  check: (env, c) => {
    if (!production(env)) return;
    const r = env.app.rollout;
    if (r.autoPromotion)
      c.fail('app.rollout.autoPromotion', r.autoPromotion, 'false in the production tier (a person promotes each release)');
    if (r.inconclusiveLimit >= r.prePromotionMeasurements)
      c.fail(
        'app.rollout.inconclusiveLimit',
        r.inconclusiveLimit,
        `an integer from 0 to ${r.prePromotionMeasurements - 1} in the production tier (below app.rollout.prePromotionMeasurements, so an analysis without traffic never passes)`,
      );
  },
};

export const ENVIRONMENT_RULES: readonly Rule<EnvironmentSettings>[] = [
  digests,
  releaseGates,
  productionFloor('app.minReplicas', 2, 100, 'at least 2 in the production tier', (env) => env.app.minReplicas),
  {
    reads: ['tier', 'tls.acmeServer'],
    check: (env, c) => {
      if (production(env) && env.tls.acmeServer.includes(LETSENCRYPT_STAGING)) {
        c.fail(
          'tls.acmeServer',
          env.tls.acmeServer,
          'a production ACME directory (browsers reject staging certificates) in the production tier',
        );
      }
    },
  },
  {
    reads: ['tier', 'storage.volumeRetention'],
    check: (env, c) => {
      if (production(env) && env.storage.volumeRetention !== 'Retain') {
        c.fail(
          'storage.volumeRetention',
          env.storage.volumeRetention,
          "'Retain' in the production tier (data volumes are never deleted by a sync)",
        );
      }
    },
  },
  {
    reads: ['tier', 'backup.enabled'],
    check: (env, c) => {
      if (production(env) && !env.backup.enabled)
        c.fail('backup.enabled', false, 'true in the production tier (WAL archive and backups are the recovery point)');
    },
  },
  productionFloor(
    'postgres.replicas',
    1,
    10,
    'at least 1 in the production tier: a standby to fail over to',
    (env) => env.postgres.replicas,
  ),
  {
    reads: ['postgres.restore', 'backup.repositories'],
    check: (env, c) => {
      const restore = env.postgres.restore;
      const configured = env.backup.repositories.length;
      if (restore !== undefined && restore.repository > configured) {
        c.fail('postgres.restore.repository', restore.repository, `an integer from 1 to ${configured} (a configured backup repository)`);
      }
    },
  },
  redisReplicas,
  {
    reads: ['tier', 'backup.repositories'],
    check: (env, c) => {
      const count = env.backup.repositories.length;
      if (production(env) && count < 2) {
        c.fail(
          'backup.repositories',
          count,
          'two repositories in different regions in the production tier (a region loss must not take every backup)',
        );
      }
    },
  },
  quotaAdmitsWorkloads,
  {
    reads: ['monitoring.slo.periodDays', 'addons.prometheusRetention'],
    check: (env, c) => {
      const retention = env.addons.prometheusRetention;
      const days = Number(retention.slice(0, -1)) * DURATION_DAYS[retention.slice(-1)]!;
      if (env.monitoring.slo.periodDays > days) {
        c.fail(
          'monitoring.slo.periodDays',
          env.monitoring.slo.periodDays,
          `at most addons.prometheusRetention (${retention}): the error budget is counted over data Prometheus keeps`,
        );
      }
    },
  },
  {
    reads: ['monitoring.logRetentionHours', 'monitoring.securityLogRetentionHours'],
    check: (env, c) => {
      const { logRetentionHours, securityLogRetentionHours } = env.monitoring;
      if (securityLogRetentionHours < logRetentionHours) {
        c.fail(
          'monitoring.securityLogRetentionHours',
          securityLogRetentionHours,
          `at least monitoring.logRetentionHours (${logRetentionHours}): security-relevant logs are kept longer, never shorter`,
        );
      }
    },
  },
  {
    reads: ['addons.prometheusRetention'],
    check: (env, c) => {
      const retention = env.addons.prometheusRetention;
      if (Number(retention.slice(0, -1)) * DURATION_DAYS[retention.slice(-1)]! < 2) {
        c.fail(
          'addons.prometheusRetention',
          retention,
          'at least 2d (LogVolumeAnomaly compares the last hour with the same hour a day earlier)',
        );
      }
    },
  },
  productionFloor(
    'addons.ingressControllerReplicas',
    2,
    20,
    'at least 2 in the production tier',
    (env) => env.addons.ingressControllerReplicas,
  ),
  {
    reads: ['chaos.enabled', 'monitoring.paging', 'monitoring.statusPageUrl'],
    check: (env, c) => {
      // A game day burns the SLOs on purpose: it must not wake anyone or tell customers.
      if (env.chaos.enabled && (env.monitoring.paging || env.monitoring.statusPageUrl !== '')) {
        c.fail('chaos.enabled', true, 'false where alerts page or reach the status page (game days run where neither happens)');
      }
    },
  },
];

/** A value that no two environments may share. */
function unique(field: string, read: (env: EnvironmentSettings) => string): Rule<PlatformSettings> {
  return {
    reads: [],
    check: (settings, c) => {
      const seen = new Map<string, string>();
      settings.environments.forEach((env, i) => {
        if (!c.valid(`environments[${i}].name`) || !c.valid(`environments[${i}].${field}`)) return;
        const value = read(env);
        const other = seen.get(value);
        if (other !== undefined) c.fail(`environments[${i}].${field}`, value, `a value not already used by environment '${other}'`);
        else seen.set(value, env.name);
      });
    },
  };
}

export const PLATFORM_RULES: readonly Rule<PlatformSettings>[] = [
  {
    // The CD workflow pushes to the registry; an environment running the image from elsewhere would run what it never verified.
    reads: ['imageRegistry'],
    check: (settings, c) => {
      settings.environments.forEach((env, e) => {
        for (const [name, image] of Object.entries(OWN_IMAGES)) {
          const field = `environments[${e}].images.${name}.repository`;
          const expected = `${settings.imageRegistry}/${image}`;
          if (c.valid(field) && env.images[name as keyof typeof OWN_IMAGES].repository !== expected) {
            c.fail(
              field,
              env.images[name as keyof typeof OWN_IMAGES].repository,
              `'${expected}' (the image as cd.yml publishes it to imageRegistry)`,
            );
          }
        }
      });
    },
  },
  {
    // Previews are rendered into one branch per pull request, for one cluster.
    reads: [],
    check: (settings, c) => {
      const hosts = settings.environments.flatMap((env, i) => (env.previews && c.valid(`environments[${i}].previews`) ? [i] : []));
      for (const i of hosts.slice(1)) {
        const first = settings.environments[hosts[0]!]!.name;
        c.fail(
          `environments[${i}].previews`,
          settings.environments[i]!.previews!.domain,
          `no previews entry: environment '${first}' already hosts them (one environment at most)`,
        );
      }
    },
  },
  unique('cluster.server', (env) => env.cluster.server),
  unique('ingress.host', (env) => env.ingress.host),
  {
    // Two environments sharing a repository path would write into each other's stanza.
    reads: [],
    check: (settings, c) => {
      const seen = new Map<string, string>();
      settings.environments.forEach((env, e) => {
        if (!c.valid(`environments[${e}].name`) || !c.valid(`environments[${e}].backup.repositories`)) return;
        env.backup.repositories.forEach((r, i) => {
          const key = `s3://${r.bucket}${r.path}`;
          const other = seen.get(key);
          if (other !== undefined && other !== env.name) {
            c.fail(
              `environments[${e}].backup.repositories[${i}].path`,
              r.path,
              `a path not already used in bucket ${r.bucket} by environment '${other}'`,
            );
          } else seen.set(key, env.name);
        });
      });
    },
  },
];
