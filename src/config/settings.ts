/**
 * The settings of one environment (one cluster), as one schema per shape: the TypeScript types
 * are inferred from the schemas, and every default is written here, beside its field. Every value
 * that differs between environments lives here; constructs never branch on an environment's name.
 * Rules that span fields of one shape sit with that shape; rules that depend on the tier or span
 * shapes are in rules.ts.
 */
import type * as v from 'valibot';
import { isCidr, networkOf, nonPublicRangeOf } from './cidr';
import { ENVIRONMENT_RULES, PLATFORM_RULES } from './rules';
import { ANALYSIS_WINDOW_SECONDS, LONGEST_TRAFFIC_INTERVAL_SECONDS, MAX_TRAFFIC_RATE } from './release-traffic';
import { isByteQuantity, isCpuQuantity, parseQuantity } from './quantity';
import { flag, int, list, numberWhere, oneOf, optionalKey, section, text, textWhere, withDefault, withRules, type Rule } from './schema';

/** Recursively read-only: settings are data, never changed by the code reading them. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export const TIERS = ['development', 'production'] as const;
/** How strict an environment is: production tiers get the safety rules (digests, HA). */
export type Tier = (typeof TIERS)[number];

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const IMAGE_REPOSITORY = /^[a-z0-9]+([._-][a-z0-9]+)*(\.[a-z0-9-]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const DIGEST = /^sha256:[a-f0-9]{64}$/;
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]$/;
const PROMETHEUS_DURATION = /^[0-9]+[hdwy]$/;
const CHAT_CHANNEL = /^#[a-z0-9_-]{1,79}$/;

/** A fully qualified DNS name: two labels or more, each 1-63 of a-z 0-9 -, at most 253 in all, not an IP address. */
export function isDnsName(value: string): boolean {
  const labels = value.split('.');
  return value.length <= 253 && labels.length >= 2 && labels.every((l) => DNS_LABEL.test(l)) && !/^[0-9]+$/.test(labels.at(-1)!);
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const dnsLabel = (allowed = 'a DNS label') => text(allowed, DNS_LABEL);
const dnsName = (allowed: string) => textWhere(allowed, isDnsName);
const httpsUrl = () => textWhere('an https:// URL', isHttpsUrl);
const CPU = "a CPU quantity above zero such as '250m' or '2' (a Kubernetes quantity in cores or millicores)";
const BYTES = "a memory or storage quantity above zero such as '512Mi' or '4Gi' (a Kubernetes quantity with a byte suffix)";
const cpu = () => textWhere(CPU, isCpuQuantity);
const bytes = () => textWhere(BYTES, isByteQuantity);

/** An IPv4 CIDR naming a network: no host bit set, so `10.30.1.0/16` is refused for `10.30.0.0/16`. */
function cidr(allowed: string, range: (value: string) => string | false | undefined) {
  return text(allowed, (value) => {
    if (!isCidr(value)) return allowed;
    const network = networkOf(value);
    if (network !== value) return `the network address '${network}' (host bits of a CIDR must be zero)`;
    return range(value);
  });
}
const privateCidr = (allowed: string) => cidr(allowed, (value) => nonPublicRangeOf(value) === undefined && allowed);
const publicCidr = () =>
  cidr("an IPv4 CIDR such as '0.0.0.0/0' or '203.0.113.0/24'", (value) => {
    const inside = nonPublicRangeOf(value);
    return inside && `a public range (this lies within ${inside}, which egress rules always exclude)`;
  });

/**
 * A container image reference. Production tiers must pin a digest (rules.ts), except for the
 * images this repository builds before their first promotion (own-images.ts).
 */
const imageRef = section('{ "repository", "tag", "digest" } in images.json', {
  /** Registry and repository, e.g. `ghcr.io/acme/agent-service`. */
  repository: text('a lowercase image repository such as ghcr.io/org/name', IMAGE_REPOSITORY),
  /** Tag, e.g. `1.4.2`. Never `latest`. */
  tag: text('an image tag (letters, digits, _ . -)', (t) =>
    !IMAGE_TAG.test(t) ? 'an image tag (letters, digits, _ . -)' : t === 'latest' && "a fixed version; 'latest' is never allowed",
  ),
  /** `sha256:<64 hex>`; required in production tiers; absent from an own image not yet published. */
  digest: optionalKey(text("'sha256:' and 64 hex digits", DIGEST)),
});
export type ImageRef = DeepReadonly<v.InferOutput<typeof imageRef>>;

/** The image names every environment's images.json entry must have. */
export const IMAGE_NAMES = ['app', 'postgres', 'postgresExporter', 'redis', 'redisExporter'] as const;

/** Image references per environment: the data file a bot edits (images.json). */
const images = section(`an entry with the images ${IMAGE_NAMES.map((n) => `'${n}'`).join(', ')} in images.json`, {
  /** The FastAPI agent service (also runs the migrations). */
  app: imageRef,
  /** PostgreSQL with pgBackRest, built from docker/Dockerfile.postgres. */
  postgres: imageRef,
  /** prometheus-community postgres_exporter. */
  postgresExporter: imageRef,
  /** Redis (server, Sentinel and redis-cli). */
  redis: imageRef,
  /** oliver006 redis_exporter. */
  redisExporter: imageRef,
});
export type EnvironmentImages = DeepReadonly<v.InferOutput<typeof images>>;

/** The cluster an environment is deployed to, as Argo CD knows it. */
const cluster = section('{ name, server, podCidr, apiServerCidr }', {
  /** Argo CD cluster name. */
  name: dnsLabel(),
  /** Kubernetes API server URL registered in Argo CD. */
  server: httpsUrl(),
  /** CIDR pod addresses come from: the only network PostgreSQL accepts connections from. */
  podCidr: privateCidr('a private IPv4 CIDR such as 10.10.0.0/16 (the pod network)'),
  /**
   * Private CIDR holding the Kubernetes API server's endpoints (on EKS, the control plane's
   * network interfaces in the VPC subnets): Patroni keeps its cluster state there, on 443.
   */
  apiServerCidr: privateCidr("a private IPv4 CIDR such as 10.1.0.0/16 (the API server's endpoints)"),
});
export type ClusterSettings = DeepReadonly<v.InferOutput<typeof cluster>>;

interface Resources {
  cpuRequest: string;
  memoryRequest: string;
  memoryLimit: string;
}

/** CPU/memory for one container, `field` naming it in messages. Requests are what the scheduler and quota count. */
function resources(field: string, defaults: Resources) {
  const shape = section('{ cpuRequest, memoryRequest, memoryLimit }', {
    /** Kubernetes quantity, e.g. `250m`. */
    cpuRequest: withDefault(cpu(), defaults.cpuRequest),
    /** Kubernetes quantity, e.g. `512Mi`. */
    memoryRequest: withDefault(bytes(), defaults.memoryRequest),
    /** Kubernetes quantity; no CPU limit is set on purpose (throttling hurts latency). */
    memoryLimit: withDefault(bytes(), defaults.memoryLimit),
  });
  const limitCoversRequest: Rule<Resources> = {
    reads: ['memoryRequest', 'memoryLimit'],
    check: (r, c) => {
      if (parseQuantity(r.memoryLimit) < parseQuantity(r.memoryRequest)) {
        c.fail('memoryLimit', r.memoryLimit, `a quantity >= ${field}.memoryRequest (${r.memoryRequest})`);
      }
    },
  };
  return withDefault(withRules(shape, [limitCoversRequest]), {});
}
export type ContainerResources = DeepReadonly<Resources>;

/** A memory quantity that may take at most `share` of the container's memory limit. */
function memoryShare<T extends { resources: Resources }>(field: keyof T & string, section: string, share: number, why: string): Rule<T> {
  return {
    reads: [field, 'resources.memoryLimit'],
    check: (value, c) => {
      const quantity = value[field] as string;
      const limit = value.resources.memoryLimit;
      if (parseQuantity(quantity) > parseQuantity(limit) * share) {
        c.fail(field, quantity, `at most ${share * 100}% of ${section}.resources.memoryLimit (${limit}): ${why}`);
      }
    },
  };
}

/**
 * Blue-green releases of the API (Argo Rollouts): the new version starts beside the serving one,
 * is measured before and after it takes the traffic, and is promoted by hand or automatically.
 */
const rolloutShape = section('{ autoPromotion, scaleDownDelaySeconds, ... }', {
  /** Promote the new version once its pre-promotion analysis passes; off, a person promotes it (always off in the production tier). */
  autoPromotion: withDefault(flag(), false),
  /** Pods of the new version before promotion (`previewReplicaCount`); it scales to the full count before it takes traffic. */
  previewReplicas: withDefault(int(1, 100), 1),
  /**
   * How long the previous version keeps running after promotion, ready to take the traffic back
   * if the post-promotion analysis fails; the controller stops that analysis when this runs out.
   */
  scaleDownDelaySeconds: withDefault(int(30, 3600), 600),
  /** How long the pods of an aborted version stay up for inspection (`abortScaleDownDelaySeconds`). */
  abortScaleDownDelaySeconds: withDefault(int(30, 3600), 300),
  /** Seconds between two measurements of an analysis. */
  analysisIntervalSeconds: withDefault(int(30, 600), 60),
  /** Measurements of the pre-promotion analysis (new version, the release traffic's requests only). */
  prePromotionMeasurements: withDefault(int(1, 60), 5),
  /** Measurements of the post-promotion analysis (new version serving the users). */
  postPromotionMeasurements: withDefault(int(1, 60), 5),
  /** Failed measurements tolerated per metric before the analysis fails and the release aborts. */
  failureLimit: withDefault(int(0, 59), 1),
  /**
   * Measurements per metric that may lack traffic (fewer than `minRequests`) before the analysis
   * is inconclusive and the release waits for a person. The production tier must judge on traffic.
   */
  inconclusiveLimit: withDefault(int(0, 60), 2),
  /** Requests a version must have served in the measurement window for its ratios to count. */
  minRequests: withDefault(int(1, 100000), 50),
  /** Largest share of 5xx responses of the new version, e.g. 0.01. */
  maxErrorRatio: withDefault(
    numberWhere('a ratio above 0 and below 1, e.g. 0.01', (n) => n > 0 && n < 1),
    0.01,
  ),
  /**
   * Largest mean latency of the smoke request on the new version as a multiple of the serving
   * version's, before promotion (both get the release traffic), e.g. 1.2 (20% slower).
   */
  maxLatencyRegression: withDefault(
    numberWhere('a ratio from 1 to 10, e.g. 1.2', (n) => n >= 1 && n <= 10),
    1.2,
  ),
});
const rollout = withRules(rolloutShape, [
  {
    reads: ['failureLimit', 'inconclusiveLimit', 'prePromotionMeasurements', 'postPromotionMeasurements'],
    check: (r, c) => {
      const fewest = Math.min(r.prePromotionMeasurements, r.postPromotionMeasurements);
      if (r.failureLimit >= fewest)
        c.fail(
          'failureLimit',
          r.failureLimit,
          `an integer from 0 to ${fewest - 1} (below the measurements of each analysis, or none could fail)`,
        );
      if (r.inconclusiveLimit > fewest)
        c.fail('inconclusiveLimit', r.inconclusiveLimit, `an integer from 0 to ${fewest} (at most the measurements of each analysis)`);
    },
  },
  {
    reads: ['minRequests', 'analysisIntervalSeconds'],
    check: (r, c) => {
      // The release traffic sends `minRequests` to each Service per analysis interval (release-traffic.ts).
      const longest = LONGEST_TRAFFIC_INTERVAL_SECONDS;
      if (r.analysisIntervalSeconds > longest)
        c.fail(
          'analysisIntervalSeconds',
          r.analysisIntervalSeconds,
          `an integer from 30 to ${longest} (a measurement's ${ANALYSIS_WINDOW_SECONDS} s window, less a scrape at each end, must hold the minRequests the release traffic sends per interval)`,
        );
      else if (r.minRequests > MAX_TRAFFIC_RATE * r.analysisIntervalSeconds)
        c.fail(
          'minRequests',
          r.minRequests,
          `an integer from 1 to ${MAX_TRAFFIC_RATE * r.analysisIntervalSeconds} (the release traffic sends minRequests to each Service per analysis interval of ${r.analysisIntervalSeconds} s, at most ${MAX_TRAFFIC_RATE} a second)`,
        );
    },
  },
  {
    reads: ['scaleDownDelaySeconds', 'analysisIntervalSeconds', 'postPromotionMeasurements'],
    check: (r, c) => {
      // The controller cancels the post-promotion analysis when the delay runs out (and the
      // previous version, the one to return to, is gone with it).
      const analysis = r.analysisIntervalSeconds * r.postPromotionMeasurements;
      if (r.scaleDownDelaySeconds <= analysis)
        c.fail(
          'scaleDownDelaySeconds',
          r.scaleDownDelaySeconds,
          `an integer from ${analysis + 1} to 3600 (longer than the post-promotion analysis: ${r.postPromotionMeasurements} x ${r.analysisIntervalSeconds} s)`,
        );
    },
  },
]);
export type RolloutSettings = DeepReadonly<v.InferOutput<typeof rolloutShape>>;

/** The FastAPI agent service. */
const appShape = section('{ minReplicas, maxReplicas, ... }', {
  /** Lower bound of the HorizontalPodAutoscaler (at least 2 in the production tier). */
  minReplicas: withDefault(int(1, 100), 2),
  /** Upper bound of the HorizontalPodAutoscaler. */
  maxReplicas: withDefault(int(1, 200), 6),
  /** Average CPU utilisation (percent of request) the HPA aims for. */
  targetCpuUtilization: withDefault(int(10, 100), 70),
  resources: resources('app.resources', { cpuRequest: '250m', memoryRequest: '512Mi', memoryLimit: '1Gi' }),
  /** Python log level passed to the service. */
  logLevel: withDefault(oneOf(['DEBUG', 'INFO', 'WARNING', 'ERROR']), 'INFO'),
  /** CIDRs the agent may call on 443 (LLM providers, tool APIs); private ranges are excluded. */
  egressCidrs: withDefault(list(publicCidr(), 'a list of at least one CIDR', 1), ['0.0.0.0/0']),
  /** Pods spread across zones must be spread (`required`) or only preferably (`preferred`). */
  zoneSpread: withDefault(oneOf(['required', 'preferred']), 'preferred'),
  rollout: withDefault(rollout, {}),
});
const app = withRules(appShape, [
  {
    reads: ['minReplicas', 'maxReplicas'],
    check: (a, c) => {
      if (a.maxReplicas < a.minReplicas)
        c.fail('maxReplicas', a.maxReplicas, `an integer from ${a.minReplicas} to 200 (not below app.minReplicas)`);
    },
  },
  {
    reads: ['maxReplicas', 'rollout.previewReplicas'],
    check: (a, c) => {
      if (a.rollout.previewReplicas > a.maxReplicas)
        c.fail('rollout.previewReplicas', a.rollout.previewReplicas, `an integer from 1 to ${a.maxReplicas} (not above app.maxReplicas)`);
    },
  },
]);
export type AppSettings = DeepReadonly<v.InferOutput<typeof appShape>>;

/**
 * How client addresses survive the cloud's load balancer in front of the NGINX data plane
 * (docs/architecture.md, "Client addresses"):
 * - `aws-nlb-proxy-protocol`: an AWS Network Load Balancer (AWS Load Balancer Controller) with
 *   IP targets sends a PROXY protocol v2 header, which NGINX trusts from `loadBalancerCidrs` only;
 * - `local-traffic-policy`: a pass-through load balancer (GKE, AKS, MetalLB) keeps the source
 *   address, and `externalTrafficPolicy: Local` stops kube-proxy from replacing it.
 */
export const LOAD_BALANCER_MODES = ['aws-nlb-proxy-protocol', 'local-traffic-policy'] as const;
export type LoadBalancerMode = (typeof LOAD_BALANCER_MODES)[number];

/** Public entry through NGINX Gateway Fabric (Gateway API). */
const ingressShape = section('{ host, ... } (host is required)', {
  /** Public host name of the API; no default, every environment has its own. */
  host: dnsName('a fully qualified DNS name'),
  /** Largest request body accepted, in MiB. */
  bodySizeMib: withDefault(int(1, 1024), 10),
  /**
   * The longest a streamed (server-sent events) response may last, in seconds: the service
   * ends a stream at this age (`STREAM_TIMEOUT_SECONDS`), NGINX's idle timeouts equal it, and a
   * stopping pod drains for this long, so no rollout, scale-down or node drain cuts a stream.
   * Keep it within what node drains allow (cluster-autoscaler waits 600 s by default).
   */
  streamTimeoutSeconds: withDefault(int(30, 3600), 300),
  /** Requests per second per client IP before 429. */
  rateLimitRps: withDefault(int(1, 10000), 20),
  /** Burst allowed above the rate, as a multiple of it. */
  rateLimitBurstMultiplier: withDefault(int(1, 100), 5),
  /** Concurrent connections per client IP (streams hold one each). */
  connectionsPerClient: withDefault(int(1, 10000), 20),
  /** How the client address reaches NGINX through the cloud's load balancer. */
  loadBalancer: withDefault(oneOf(LOAD_BALANCER_MODES), 'aws-nlb-proxy-protocol'),
  /**
   * Private ranges the load balancer connects from (the VPC's subnets). With
   * `aws-nlb-proxy-protocol`, NGINX takes the client address from the PROXY protocol header of
   * these peers only, and only they may reach the data plane's listeners.
   */
  loadBalancerCidrs: withDefault(
    list(privateCidr("a private IPv4 CIDR such as 10.1.0.0/16 (the load balancer's subnets)"), 'a list of private CIDRs'),
    [],
  ),
});
const ingress = withRules(ingressShape, [
  {
    reads: ['loadBalancer', 'loadBalancerCidrs'],
    check: (i, c) => {
      if (i.loadBalancer === 'aws-nlb-proxy-protocol' && i.loadBalancerCidrs.length === 0)
        c.fail(
          'loadBalancerCidrs',
          i.loadBalancerCidrs,
          "at least one private CIDR (the load balancer's subnets) with 'aws-nlb-proxy-protocol'",
        );
    },
  },
]);
export type IngressSettings = DeepReadonly<v.InferOutput<typeof ingressShape>>;

const IAM_ROLE_ARN = /^arn:aws:iam::[0-9]{12}:role\/[A-Za-z0-9+=,.@_/-]+$/;

/** cert-manager ACME issuer for the environment's cluster. */
const tlsShape = section('{ issuerName, acmeServer, acmeEmail, solver, ... }', {
  /** ClusterIssuer name. */
  issuerName: withDefault(dnsLabel(), 'letsencrypt'),
  /** ACME directory URL (Let's Encrypt staging for non-production; the production tier needs a production one). */
  acmeServer: withDefault(httpsUrl(), 'https://acme-staging-v02.api.letsencrypt.org/directory'),
  /** Contact address registered with the ACME account. */
  acmeEmail: withDefault(text('an e-mail address', /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/), 'platform-team@acme.example'),
  /**
   * How the ACME server checks control of the host: `http01` through the Gateway's HTTP
   * listener, or `dns01-route53` (a TXT record in Route 53; needs no inbound HTTP).
   */
  solver: withDefault(oneOf(['http01', 'dns01-route53']), 'http01'),
  /** Route 53 hosted zone of the host, for `dns01-route53`. */
  route53HostedZoneId: withDefault(text("a Route 53 hosted zone ID such as 'Z0123456789ABCDEFGHIJ'", /^(Z[A-Z0-9]{1,31})?$/), ''),
  /** IAM role cert-manager assumes (IRSA) to write the TXT records, for `dns01-route53`. */
  route53RoleArn: withDefault(
    textWhere('an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)', (value) => value === '' || IAM_ROLE_ARN.test(value)),
    '',
  ),
});
const tls = withRules(tlsShape, [
  {
    reads: ['solver', 'route53HostedZoneId', 'route53RoleArn'],
    check: (t, c) => {
      if (t.solver !== 'dns01-route53') return;
      if (!/^Z[A-Z0-9]{1,31}$/.test(t.route53HostedZoneId))
        c.fail(
          'route53HostedZoneId',
          t.route53HostedZoneId,
          "a Route 53 hosted zone ID such as 'Z0123456789ABCDEFGHIJ' with 'dns01-route53'",
        );
      if (!IAM_ROLE_ARN.test(t.route53RoleArn))
        c.fail('route53RoleArn', t.route53RoleArn, "an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>) with 'dns01-route53'");
    },
  },
]);
export type TlsSettings = DeepReadonly<v.InferOutput<typeof tlsShape>>;

/** Namespace budget: the ResourceQuota. It must admit every workload at its peak (rules.ts). */
// The defaults hold the default sizes, with both versions of the API at their maximum during a blue-green release.
const quota = section('{ pods, cpuRequests, memoryRequests, memoryLimits }', {
  pods: withDefault(int(1, 10000), 28),
  /** Sum of CPU requests, Kubernetes quantity. */
  cpuRequests: withDefault(cpu(), '8'),
  /** Sum of memory requests, Kubernetes quantity. */
  memoryRequests: withDefault(bytes(), '16Gi'),
  /** Sum of memory limits, Kubernetes quantity. */
  memoryLimits: withDefault(bytes(), '32Gi'),
});
export type QuotaSettings = DeepReadonly<v.InferOutput<typeof quota>>;

/** Secret names in the store are `<keyPrefix>/<secret>`. */
const KEY_PREFIX = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Where External Secrets Operator reads secret values from (AWS Secrets Manager). */
const secrets = section('{ keyPrefix, roleArn, ... } (both are required)', {
  /** ClusterSecretStore name. */
  storeName: withDefault(dnsLabel(), 'aws-secrets-manager'),
  /** AWS region of Secrets Manager. */
  region: withDefault(text('an AWS region such as eu-west-1', AWS_REGION), 'eu-west-1'),
  /** Key prefix of this environment's secrets, e.g. `agent-platform/prod`; no default. */
  keyPrefix: text("a key prefix such as 'agent-platform/prod'", KEY_PREFIX),
  /** IAM role assumed by the operator's service account (IRSA); no default. */
  roleArn: text('an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)', IAM_ROLE_ARN),
});
export type SecretStoreSettings = DeepReadonly<v.InferOutput<typeof secrets>>;

/** What happens to a StatefulSet's volumes when it is deleted or scaled down. */
export type VolumeRetention = 'Retain' | 'Delete';

/** Persistent storage used by the data tier. */
const storage = section('{ className, postgresSize, redisSize, volumeRetention }', {
  /** StorageClass for every PersistentVolumeClaim. */
  className: withDefault(dnsLabel('a StorageClass name'), 'gp3'),
  /** PostgreSQL data volume per instance, Kubernetes quantity. */
  postgresSize: withDefault(bytes(), '20Gi'),
  /** Redis data volume per instance, Kubernetes quantity. */
  redisSize: withDefault(bytes(), '5Gi'),
  /**
   * `Delete`: the data goes with its owner. Volumes of removed pods are freed, and Argo CD deletes
   * the StatefulSets and the namespace (with every volume in it) when the Application is deleted
   * (previews). Refused in the production tier.
   */
  volumeRetention: withDefault(oneOf(['Retain', 'Delete'] satisfies VolumeRetention[]), 'Retain'),
});
export type StorageSettings = DeepReadonly<v.InferOutput<typeof storage>>;

/** Patroni's timing: how fast a lost leader is noticed and replaced (Patroni's dynamic configuration). */
const patroniShape = section('{ ttlSeconds, loopWaitSeconds, retryTimeoutSeconds, maximumLagOnFailoverBytes }', {
  /** Leader key lifetime: a leader that has not renewed it for this long loses it (failover starts). */
  ttlSeconds: withDefault(int(20, 300), 30),
  /** Seconds between two runs of Patroni's loop on each member. */
  loopWaitSeconds: withDefault(int(1, 60), 10),
  /** How long Patroni retries the Kubernetes API or PostgreSQL before giving up on a loop. */
  retryTimeoutSeconds: withDefault(int(1, 120), 10),
  /** A replica further behind the leader than this (bytes of WAL) is never promoted. */
  maximumLagOnFailoverBytes: withDefault(int(0, 2 ** 40), 1048576),
});
// Patroni's defaults: a lost leader is replaced within about ttl + loop_wait.
const patroni = withRules(patroniShape, [
  {
    reads: ['ttlSeconds', 'loopWaitSeconds', 'retryTimeoutSeconds'],
    check: (t, c) => {
      // Patroni's rule: a leader must be able to retry twice within one loop before its key expires.
      const needed = t.loopWaitSeconds + 2 * t.retryTimeoutSeconds;
      if (needed > t.ttlSeconds) {
        c.fail(
          'ttlSeconds',
          t.ttlSeconds,
          `at least loopWaitSeconds + 2 × retryTimeoutSeconds (${needed}), or the leader loses its key while retrying`,
        );
      }
    },
  },
]);
export type PatroniSettings = DeepReadonly<v.InferOutput<typeof patroniShape>>;

/** Bootstrap the cluster from a backup instead of an empty database (the point-in-time restore). */
const restore = section('{ repository, targetTime }', {
  /** Repository number to restore from (1 or 2, as in backup.repositories; rules.ts checks it exists). */
  repository: int(1, 2),
  /** Recovery target, a timestamp with time zone, e.g. `2026-05-04 13:37:00+00`. */
  targetTime: textWhere(
    "a timestamp with time zone such as '2026-05-04 13:37:00+00'",
    (t) => !Number.isNaN(Date.parse(t)) && /[+-]\d\d(:?\d\d)?$|Z$/.test(t),
  ),
});
export type PostgresRestore = DeepReadonly<v.InferOutput<typeof restore>>;

/** PostgreSQL under Patroni: one StatefulSet of members, a leader and streaming replicas. */
const postgresShape = section('{ replicas, synchronousReplication, ... }', {
  /** Streaming replicas besides the leader (members = replicas + 1; 0: reads go to the leader). At least 1 in the production tier. */
  replicas: withDefault(int(0, 10), 1),
  /**
   * Patroni's `synchronous_mode`: a commit is acknowledged once one replica has it, and only
   * that synchronous standby may be promoted. Needs at least 2 replicas.
   */
  synchronousReplication: withDefault(flag(), false),
  /**
   * Patroni's `synchronous_mode_strict`: with no synchronous standby left, writes block
   * instead of continuing on the leader alone (docs/data-tier.md weighs the two).
   */
  synchronousModeStrict: withDefault(flag(), false),
  patroni: withDefault(patroni, {}),
  maxConnections: withDefault(int(20, 5000), 200),
  /** shared_buffers, Kubernetes quantity; at most 40% of the memory limit. */
  sharedBuffers: withDefault(bytes(), '512Mi'),
  resources: resources('postgres.resources', { cpuRequest: '500m', memoryRequest: '2Gi', memoryLimit: '2Gi' }),
  /** Stop every member (volumes kept), e.g. before a point-in-time restore. */
  stopped: withDefault(flag(), false),
  /** Present only while the cluster is being rebuilt from a backup (docs/disaster-recovery.md). */
  restore: optionalKey(restore),
});
type Postgres = v.InferOutput<typeof postgresShape>;
const postgres = withRules(postgresShape, [
  {
    reads: ['synchronousReplication', 'replicas'],
    check: (pg, c) => {
      if (pg.synchronousReplication && pg.replicas < 2) {
        c.fail(
          'synchronousReplication',
          true,
          `false while postgres.replicas is ${pg.replicas}: synchronous commits need at least 2 replicas, or one replica's outage blocks every write`,
        );
      }
    },
  },
  memoryShare<Postgres>('sharedBuffers', 'postgres', 0.4, 'the rest is for connections, sorts and the page cache'),
  {
    reads: ['synchronousModeStrict', 'synchronousReplication'],
    check: (pg, c) => {
      if (pg.synchronousModeStrict && !pg.synchronousReplication) {
        c.fail('synchronousModeStrict', true, 'false while postgres.synchronousReplication is false');
      }
    },
  },
]);
export type PostgresSettings = DeepReadonly<Postgres>;

/** Seconds between heartbeat writes on the primary; restore drills measure the recovery point by them. */
export const HEARTBEAT_INTERVAL_SECONDS = 15;

/** Restore drill intervals that map onto a cron schedule. */
export const DRILL_INTERVALS_DAYS = [1, 7, 14, 30] as const;

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REPO_PATH = /^\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** One pgBackRest repository: S3-compatible object storage. */
const backupRepository = section('{ bucket, endpoint, region, path }', {
  bucket: text('an S3 bucket name', BUCKET),
  /** S3 endpoint host, e.g. `s3.eu-west-1.amazonaws.com`. */
  endpoint: dnsName('an endpoint host name such as s3.eu-west-1.amazonaws.com'),
  region: text('a region such as eu-west-1', AWS_REGION),
  /** Path inside the bucket; one per environment. */
  path: text("an absolute path such as '/agent-platform/prod'", REPO_PATH),
});
export type BackupRepository = DeepReadonly<v.InferOutput<typeof backupRepository>>;

/** Restore drills: restore the latest backup into scratch storage and check it. */
const drill = section('{ enabled, intervalDays, hourUtc }', {
  enabled: withDefault(flag(), false),
  /** 1 (daily), 7 (weekly, the day after the full backup), 14 or 30 (1st and 15th, or 1st of the month). */
  intervalDays: withDefault(oneOf(DRILL_INTERVALS_DAYS), 1),
  hourUtc: withDefault(int(0, 23), 5),
});
export type RestoreDrillSettings = DeepReadonly<v.InferOutput<typeof drill>>;

/** pgBackRest: continuous WAL archiving and scheduled backups to one or two regions. */
const backupShape = section('{ repositories, ... } (repositories are required)', {
  /**
   * Off only for short-lived environments (previews): no WAL archive, backups or drills, and
   * `repositories` is empty. Refused in the production tier.
   */
  enabled: withDefault(flag(), true),
  /** repo1 in the primary region, repo2 in another; production tiers need both. No default: every environment names its own. */
  repositories: list(backupRepository, 'one or two repositories (repo1, repo2), or none with backup.enabled false', 0, 2),
  /** Recovery point objective promised in docs/disaster-recovery.md, in seconds. */
  rpoSeconds: withDefault(int(30 + HEARTBEAT_INTERVAL_SECONDS, 86400), 300),
  /** `archive_timeout`: a WAL segment is shipped at least this often. */
  archiveTimeoutSeconds: withDefault(int(30, 3600), 60),
  /** Recovery time objective promised in docs/disaster-recovery.md, in minutes. */
  rtoMinutes: withDefault(int(5, 10080), 120),
  /** Weekday of the full backup (0 = Sunday); differentials run the other days. */
  fullBackupWeekday: withDefault(int(0, 6, ' (0 = Sunday)'), 0),
  backupHourUtc: withDefault(int(0, 23), 2),
  /** Point-in-time recovery window: full backups (and their WAL) are kept this many days. */
  retentionDays: withDefault(int(7, 3650, ' (full backups are weekly)'), 14),
  /** Differential backups kept per full backup. */
  retentionDifferentials: withDefault(int(1, 30), 6),
  drill: withDefault(drill, {}),
});
const backup = withRules(backupShape, [
  {
    reads: ['enabled', 'repositories'],
    check: (b, c) => {
      if (b.enabled && b.repositories.length === 0)
        c.fail('repositories', b.repositories, 'one or two repositories (repo1, repo2) while backup.enabled is true');
      if (!b.enabled && b.repositories.length > 0)
        c.fail('repositories', b.repositories, 'an empty list while backup.enabled is false (nothing would be archived there)');
    },
  },
  {
    reads: ['repositories'],
    check: ({ repositories: repos }, c) => {
      if (repos.length === 2 && repos[0]!.region === repos[1]!.region) {
        c.fail('repositories[1].region', repos[1]!.region, `a region other than repo1's (${repos[0]!.region})`);
      }
    },
  },
  {
    reads: ['rpoSeconds', 'archiveTimeoutSeconds'],
    check: (b, c) => {
      const floor = b.archiveTimeoutSeconds + HEARTBEAT_INTERVAL_SECONDS;
      if (b.rpoSeconds < floor) {
        c.fail(
          'rpoSeconds',
          b.rpoSeconds,
          `an integer from ${floor} to 86400 (not below backup.archiveTimeoutSeconds + the ${HEARTBEAT_INTERVAL_SECONDS} s heartbeat: WAL may wait that long before it is archived)`,
        );
      }
    },
  },
  {
    reads: ['drill.enabled', 'drill.intervalDays', 'retentionDays'],
    check: (b, c) => {
      if (b.drill.enabled && b.retentionDays < b.drill.intervalDays) {
        c.fail(
          'retentionDays',
          b.retentionDays,
          `at least backup.drill.intervalDays (${b.drill.intervalDays}): a backup must live until a drill has restored it`,
        );
      }
    },
  },
]);
export type BackupSettings = DeepReadonly<v.InferOutput<typeof backupShape>>;

/**
 * Time zones a CronJob's `timeZone` takes: the IANA names this runtime knows, which omit the UTC
 * aliases, so those two are added (Go's tz database, which Kubernetes reads, has both).
 */
const TIME_ZONES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);

/** The weekly database maintenance window, in local time of `timeZone` (docs/maintenance.md). */
const maintenanceWindow = section('{ weekday, start, durationMinutes, timeZone }', {
  /** Day the window opens (0 = Sunday). */
  weekday: withDefault(int(0, 6, ' (0 = Sunday)'), 6),
  /** Local time the window opens, `HH:MM` (24-hour clock). */
  start: withDefault(text("a time of day such as '03:00' (HH:MM, 24-hour clock)", /^([01][0-9]|2[0-3]):[0-5][0-9]$/), '03:00'),
  /** Length of the window; it is split into one slot per maintenance job, each ending inside it. */
  durationMinutes: withDefault(int(30, 480), 120),
  /** IANA time zone of `start`, e.g. `Europe/Dublin`; the CronJobs' `timeZone`. */
  timeZone: withDefault(
    textWhere("an IANA time zone such as 'Europe/Dublin' or 'Etc/UTC'", (value) => TIME_ZONES.has(value)),
    'Etc/UTC',
  ),
});
export type MaintenanceWindow = DeepReadonly<v.InferOutput<typeof maintenanceWindow>>;

/** Database maintenance in the window: ANALYZE, REINDEX of bloated indexes, reports. */
const maintenance = section('{ window, lockTimeoutSeconds, ... }', {
  window: withDefault(maintenanceWindow, {}),
  /** `lock_timeout` of every maintenance statement: maintenance gives way to the application's locks. */
  lockTimeoutSeconds: withDefault(int(1, 300), 5),
  /** Indexes smaller than this are never rebuilt (their bloat costs little). */
  reindexMinSizeMib: withDefault(int(1, 1048576), 10),
  /**
   * A B-tree index is rebuilt when its leaf pages are on average less full than this (pgstattuple's
   * `avg_leaf_density`); a freshly built one is about 90% full (the default fillfactor).
   */
  reindexBelowLeafDensityPercent: withDefault(int(10, 80), 50),
  /** Statements listed in the weekly top-queries report (by total execution time). */
  topQueries: withDefault(int(1, 100), 20),
});
export type MaintenanceSettings = DeepReadonly<v.InferOutput<typeof maintenance>>;

/** How Redis runs: one instance, master and replicas under Sentinel, or a sharded cluster. */
export const REDIS_MODES = ['standalone', 'sentinel', 'cluster'] as const;
export type RedisMode = (typeof REDIS_MODES)[number];
export const REDIS_EVICTION_POLICIES = ['noeviction', 'allkeys-lru', 'volatile-lru', 'allkeys-lfu', 'volatile-lfu'] as const;
export type RedisEvictionPolicy = (typeof REDIS_EVICTION_POLICIES)[number];

/** Redis, the agent's cache and session store. */
const redisShape = section('{ mode, replicas, ... }', {
  /** Not `standalone` in the production tier. */
  mode: withDefault(oneOf(REDIS_MODES), 'sentinel'),
  /** Replicas of the master (sentinel mode) or of each master (cluster mode); 0 in standalone mode. */
  replicas: withDefault(int(0, 5), 2),
  /** Writes need this many connected replicas (`min-replicas-to-write`); below `replicas`. */
  minReplicasToWrite: withDefault(int(0, 5), 1),
  /** Cluster mode: masters the key slots are split across (at least 3). */
  clusterMasters: withDefault(int(3, 16, ' (a cluster needs 3 masters for a majority)'), 3),
  /** maxmemory, Kubernetes quantity; at most 75% of the memory limit (forks for persistence). */
  maxmemory: withDefault(bytes(), '384Mi'),
  maxmemoryPolicy: withDefault(oneOf(REDIS_EVICTION_POLICIES), 'volatile-lru'),
  resources: resources('redis.resources', { cpuRequest: '100m', memoryRequest: '512Mi', memoryLimit: '512Mi' }),
});
type Redis = v.InferOutput<typeof redisShape>;
const redis = withRules(redisShape, [
  {
    reads: ['mode', 'minReplicasToWrite', 'replicas'],
    check: (r, c) => {
      const most = r.mode === 'sentinel' ? Math.max(0, r.replicas - 1) : 0;
      if (r.minReplicasToWrite > most) {
        c.fail(
          'minReplicasToWrite',
          r.minReplicasToWrite,
          `an integer from 0 to ${most}${
            r.mode === 'sentinel'
              ? ` (below redis.replicas = ${r.replicas}, or one replica's outage stops every write)`
              : ' (only Sentinel mode waits for replicas)'
          }`,
        );
      }
    },
  },
  memoryShare<Redis>('maxmemory', 'redis', 0.75, 'persistence forks need headroom'),
]);
export type RedisSettings = DeepReadonly<Redis>;

/**
 * Bucket boundaries of `http_request_duration_highr_seconds`, the latency histogram of
 * prometheus-fastapi-instrumentator 7 (docs/app-contract.md). A latency objective's threshold
 * must be one of them, or its SLI could not be computed exactly.
 */
export const LATENCY_BUCKETS_SECONDS = [
  0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 7.5, 10, 30, 60,
] as const;

const target = () => numberWhere('a ratio from 0.9 up to (not including) 1, e.g. 0.995', (n) => n >= 0.9 && n < 1);
const bucket = () =>
  numberWhere(`one of ${LATENCY_BUCKETS_SECONDS.join(', ')}`, (n) => (LATENCY_BUCKETS_SECONDS as readonly number[]).includes(n));

/** Service level objectives of the API, alerted on by multi-window burn rates. */
const slo = section('{ availabilityTarget, latencyTarget, ... }', {
  /** Share of requests that must not fail (5xx), e.g. 0.995. */
  availabilityTarget: withDefault(target(), 0.995),
  /** Share of (non-streamed) requests that must finish within `latencyThresholdSeconds`, e.g. 0.99. */
  latencyTarget: withDefault(target(), 0.99),
  /** A histogram bucket boundary of the instrumentation (`LATENCY_BUCKETS_SECONDS`). */
  latencyThresholdSeconds: withDefault(bucket(), 2.5),
  /**
   * Share of streamed responses (server-sent events) whose first byte leaves within
   * `streamStartThresholdSeconds`, e.g. 0.99: a stream's length is the answer's, not the service's.
   */
  streamStartTarget: withDefault(target(), 0.99),
  /** A histogram bucket boundary of the instrumentation (`LATENCY_BUCKETS_SECONDS`). */
  streamStartThresholdSeconds: withDefault(bucket(), 5),
  /** The period the error budget is counted over; Prometheus must retain at least this much. */
  periodDays: withDefault(int(1, 90), 7),
});
export type SloSettings = DeepReadonly<v.InferOutput<typeof slo>>;

/** Alerts, dashboards and logs. */
const monitoringShape = section('{ deadMansSwitchUrl, ... } (deadMansSwitchUrl is required)', {
  /** `release` label kube-prometheus-stack's Prometheus selects ServiceMonitors and rules by. */
  releaseLabel: withDefault(dnsLabel('a Helm release name'), 'kube-prometheus-stack'),
  slo: withDefault(slo, {}),
  /** Chat channel warnings and pages are posted to. */
  chatChannel: withDefault(text("a chat channel such as '#agent-platform-alerts'", CHAT_CHANNEL), '#agent-platform-alerts'),
  /** Whether critical alerts page the on-call engineer (PagerDuty). */
  paging: withDefault(flag(), false),
  /**
   * Whether warnings page too, through a second PagerDuty service whose escalation policy only
   * notifies in working hours (low urgency). PagerDuty sets urgency and escalation per service,
   * not per event, so each severity has its own service: the Events API v2 integration keys are
   * the `pagerduty-routing-key` (criticals) and `pagerduty-warning-routing-key` (warnings)
   * properties of `<keyPrefix>/alertmanager` (docs/incident-response.md). Needs `paging`.
   */
  pageWarnings: withDefault(flag(), false),
  /**
   * Webhook of the public status page: customer-facing alerts (label `customer_facing="true"`)
   * are posted here, with the bearer token of the `status-page-token` property of
   * `<keyPrefix>/alertmanager`. Empty: no status page.
   */
  statusPageUrl: withDefault(
    textWhere('an https:// URL, or empty for no status page', (value) => value === '' || isHttpsUrl(value)),
    '',
  ),
  /**
   * The cluster's own alerts (kube-prometheus-stack's default rules for nodes, kubelet,
   * volumes and the operators, in every namespace but the platform's): the platform team's
   * channel, and whether their criticals page.
   */
  clusterAlerts: withDefault(
    section('{ chatChannel, paging }', {
      chatChannel: withDefault(text("a chat channel such as '#platform-cluster-alerts'", CHAT_CHANNEL), '#platform-cluster-alerts'),
      paging: withDefault(flag(), false),
    }),
    {},
  ),
  /**
   * Dead man's switch: Alertmanager posts the always-firing `Watchdog` alert here every
   * minute, and the service behind it alerts when the posts stop (Prometheus or Alertmanager
   * down, or their path to the internet broken). Its bearer token is the
   * `dead-mans-switch-token` property of `<keyPrefix>/alertmanager-platform`. No default.
   */
  deadMansSwitchUrl: text('the https URL the Watchdog alert is posted to', /^https:\/\/[a-z0-9.-]+(:\d+)?\/\S*$/),
  /** Loki retention, in hours (Loki's minimum is 24h). */
  logRetentionHours: withDefault(int(24, 8760), 168),
  /**
   * Loki retention of the security-relevant streams, in hours: the edge's access log and the
   * API's log, which carries its security events (docs/logging.md). At least logRetentionHours.
   */
  securityLogRetentionHours: withDefault(int(24, 26280), 2160),
});
const monitoring = withRules(monitoringShape, [
  {
    reads: ['pageWarnings', 'paging'],
    check: (m, c) => {
      if (m.pageWarnings && !m.paging)
        c.fail('pageWarnings', true, 'false while monitoring.paging is false (warnings page only where criticals do)');
    },
  },
]);
export type MonitoringSettings = DeepReadonly<v.InferOutput<typeof monitoringShape>>;

/**
 * Chaos Mesh game days (docs/game-days.md): the add-on and the experiments, as suspended
 * schedules, in a cluster meant for them.
 */
const chaos = section('{ enabled, paused, weekday, hourUtc }', {
  /** Install Chaos Mesh in this cluster and render the game-day experiments; refused where alerts page or reach the status page (rules.ts). */
  enabled: withDefault(flag(), false),
  /** The experiments' schedules are paused; a game day unpauses them with a pull request and pauses them again after. */
  paused: withDefault(flag(), true),
  /** Weekday of the game day (0 = Sunday). */
  weekday: withDefault(int(0, 6, ' (0 = Sunday)'), 2),
  /** Hour (UTC) the first experiment starts; the others follow half an hour apart, within the day. */
  hourUtc: withDefault(int(0, 21), 10),
});
export type ChaosSettings = DeepReadonly<v.InferOutput<typeof chaos>>;

/** Versions and sizing of the cluster add-ons Argo CD installs in this cluster. */
const addons = section('{ ingressControllerReplicas, prometheusRetention, prometheusStorage }', {
  /** NGINX data-plane replicas of the environment's Gateway (at least 2 in the production tier). */
  ingressControllerReplicas: withDefault(int(1, 20), 2),
  /** Prometheus retention, e.g. `15d`. */
  prometheusRetention: withDefault(text("a Prometheus duration such as '15d'", PROMETHEUS_DURATION), '7d'),
  /** Prometheus volume size, Kubernetes quantity. */
  prometheusStorage: withDefault(bytes(), '50Gi'),
});
export type AddonSettings = DeepReadonly<v.InferOutput<typeof addons>>;

const features = section('{ istioMtls, verticalPodAutoscaler }', {
  /** Istio sidecars with STRICT mTLS for the namespace (needs Istio >= 1.19 with its CNI plugin). */
  istioMtls: withDefault(flag(), false),
  /**
   * The cluster runs the Vertical Pod Autoscaler (its CRDs and recommender; the add-ons do not
   * install it): the API gets a recommendation-only VerticalPodAutoscaler. Off, no VPA object is
   * rendered, since one without its CRD fails the whole environment's sync.
   */
  verticalPodAutoscaler: withDefault(flag(), false),
});
export type FeatureToggles = DeepReadonly<v.InferOutput<typeof features>>;

/**
 * Pull-request previews hosted in this environment's cluster (docs/environments.md, "Previews").
 * A preview is this environment with its own namespace, host, certificate issuer and secret
 * prefix, these sizes, no backups, and data that goes with it (`storage.volumeRetention: Delete`).
 */
const previews = section('{ domain, keyPrefix, ... } (domain and keyPrefix are required)', {
  /** Preview `<n>` answers on `pr-<n>.<domain>`; no default. */
  domain: dnsName('a DNS name such as preview.acme.example'),
  /** Key prefix of the previews' own secrets in the store, shared by every preview; no default. */
  keyPrefix: text("a key prefix such as 'agent-platform/preview'", KEY_PREFIX),
  /** Chat channel of the previews' alerts and Argo CD notifications. */
  chatChannel: withDefault(text("a chat channel such as '#agent-platform-previews'", CHAT_CHANNEL), '#agent-platform-previews'),
  app: withDefault(app, {}),
  quota: withDefault(quota, {}),
  storage: withDefault(storage, {}),
  postgres: withDefault(postgres, {}),
  redis: withDefault(redis, {}),
});
export type PreviewSettings = DeepReadonly<v.InferOutput<typeof previews>>;

/**
 * Everything that defines one environment. `name` is its key in ENVIRONMENTS and `images` its
 * entry in images.json; the rest is its entry in ENVIRONMENTS, where a key left out takes the
 * default above and the keys without a default must be given.
 */
const environmentShape = section('an environment', {
  /** Environment name: the folder under dist/ and part of Argo CD names. */
  name: dnsLabel('a DNS label (lowercase letters, digits, -)'),
  tier: oneOf(TIERS),
  cluster,
  /** Namespace of the platform's workloads. */
  namespace: withDefault(dnsLabel(), 'agent-platform'),
  images,
  app: withDefault(app, {}),
  ingress,
  tls: withDefault(tls, {}),
  quota: withDefault(quota, {}),
  secrets,
  storage: withDefault(storage, {}),
  postgres: withDefault(postgres, {}),
  redis: withDefault(redis, {}),
  backup,
  maintenance: withDefault(maintenance, {}),
  monitoring,
  addons: withDefault(addons, {}),
  features: withDefault(features, {}),
  chaos: withDefault(chaos, {}),
  /** Present on the one environment whose cluster hosts pull-request previews. */
  previews: optionalKey(previews),
});
export type EnvironmentSettings = DeepReadonly<v.InferOutput<typeof environmentShape>>;
/** An environment's entry in ENVIRONMENTS: what it must say, plus any default it overrides. */
export type EnvironmentDefinition = Omit<v.InferInput<typeof environmentShape>, 'name' | 'images'>;
export const environment = withRules(environmentShape, ENVIRONMENT_RULES);

const platformShape = section('{ repoUrl, targetRevision, argocdNamespace, imageRegistry, environments }', {
  /** Git URL of this repository, the only source Argo CD may read for the platform. */
  repoUrl: text('a git URL ending in .git', /^(https:\/\/|git@)[^\s]+\.git$/),
  /** Branch Argo CD tracks. */
  targetRevision: text('a branch, tag or commit', /^[A-Za-z0-9][A-Za-z0-9._/-]*$/),
  /** Namespace Argo CD runs in (management cluster). */
  argocdNamespace: dnsLabel(),
  /**
   * Registry and namespace the CD workflow pushes this repository's images to (own-images.ts):
   * GHCR by default, or an ECR registry such as `123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme`
   * (docs/delivery.md).
   */
  imageRegistry: withDefault(text('a lowercase registry and namespace such as ghcr.io/acme', IMAGE_REPOSITORY), 'ghcr.io/acme'),
  environments: list(environment, 'at least one environment', 1),
});
/** Settings shared by all environments: where Argo CD finds this repository, and the environments. */
export type PlatformSettings = DeepReadonly<v.InferOutput<typeof platformShape>>;
export const platform = withRules(platformShape, PLATFORM_RULES);
