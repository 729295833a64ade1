import type { Construct } from 'constructs';
import {
  Certificate,
  CertificateSpecPrivateKeyAlgorithm,
  CertificateSpecPrivateKeyRotationPolicy,
} from '../../../imports/certificate-cert-manager.io';
import { ClientSettingsPolicy } from '../../../imports/clientsettingspolicy-gateway.nginx.org';
import { ClusterIssuer } from '../../../imports/clusterissuer-cert-manager.io';
import {
  Gateway,
  GatewaySpecListenersAllowedRoutesNamespacesFrom,
  GatewaySpecListenersTlsMode,
} from '../../../imports/gateway-gateway.networking.k8s.io';
import {
  HttpRoute,
  HttpRouteSpecRulesFiltersRequestRedirectScheme,
  HttpRouteSpecRulesFiltersRequestRedirectStatusCode,
  HttpRouteSpecRulesFiltersType,
  HttpRouteSpecRulesMatchesPathType,
  type HttpRouteSpecRulesFilters,
} from '../../../imports/httproute-gateway.networking.k8s.io';
import { ProxySettingsPolicy } from '../../../imports/proxysettingspolicy-gateway.nginx.org';
import { RateLimitPolicy, RateLimitPolicySpecRateLimitLogLevel } from '../../../imports/ratelimitpolicy-gateway.nginx.org';
import { SnippetsPolicy, SnippetsPolicySpecSnippetsContext } from '../../../imports/snippetspolicy-gateway.nginx.org';
import {
  ACME_SOLVER_SELECTOR,
  GATEWAY_CLASS,
  LOKI_RULE_LABEL,
  NGINX_GATEWAY_AGENT_PORT,
  NGINX_GATEWAY_CONTROL_PLANE,
} from '../../config/cluster-services';
import type { HardenedRollout } from '../../constructs/hardened-rollout';
import { Component, objectMeta, SyncWave } from '../../constructs/identity';
import { k8s } from '../../constructs/k8s';
import { NetworkPort, Peer, type NetworkFlows } from '../../constructs/network-flows';
import { PlatformChart, type PlatformChartProps } from '../../constructs/platform-chart';
import { EdgeDataPlane, EDGE_GATEWAY, EDGE_LISTENERS, edgePodLabels } from './edge-data-plane';
import { edgeLogRules } from './edge-monitoring';
import { dump } from 'js-yaml';

export interface EdgeChartProps extends PlatformChartProps {
  readonly flows: NetworkFlows;
  /** The workload served at the environment's host, through its active Service, on its first port. */
  readonly backend: HardenedRollout;
  /** Path prefix of the backend's user requests: the only paths published. */
  readonly publicPathPrefix: string;
}

const EDGE = new Component('agent-edge', 'edge');

/** Port of cert-manager's HTTP-01 solver pods. */
const ACME_SOLVER_PORT = 8089;

/** HSTS: a year, subdomains included (sent on HTTPS responses only). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** Status of requests refused by the per-client limits (NGINX's default is 503). */
export const LIMITED_STATUS = 429;

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/**
 * The public entry through NGINX Gateway Fabric: a Gateway with an HTTPS listener (the
 * cert-manager certificate) and an HTTP listener that only redirects, the API's route (its
 * public path prefix only), and NGINX Gateway Fabric's policies where Gateway API has no field:
 * body size (ClientSettingsPolicy), unbuffered proxying and stream timeouts
 * (ProxySettingsPolicy), per-client request rate (RateLimitPolicy) and connections
 * (SnippetsPolicy), both answering 429. The data plane itself (replicas, zones, load balancer,
 * client addresses) is EdgeDataPlane.
 */
export class EdgeChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: EdgeChartProps) {
    super(scope, id, props);
    const env = this.env;
    const ing = env.ingress;
    const backend = props.backend;
    const port = backend.ports[0];
    if (!port) throw new Error(`edge backend '${backend.name}' exposes no port`);
    const tlsSecret = `${backend.name}-tls`;
    const meta = (name: string, wave: SyncWave) => objectMeta(env, { name, namespace: env.namespace, component: EDGE, wave });
    const gatewayRef = { group: GATEWAY_GROUP, kind: 'Gateway', name: EDGE_GATEWAY };
    const http01 = env.tls.solver === 'http01';

    new ClusterIssuer(this, 'Issuer', {
      metadata: objectMeta(env, { name: env.tls.issuerName, component: EDGE, wave: SyncWave.FOUNDATION }),
      spec: {
        acme: {
          server: env.tls.acmeServer,
          email: env.tls.acmeEmail,
          privateKeySecretRef: { name: `${env.tls.issuerName}-account-key` },
          solvers: [
            http01
              ? // cert-manager attaches a temporary HTTPRoute for the token to the Gateway's HTTP listener.
                {
                  http01: {
                    gatewayHttpRoute: { parentRefs: [{ ...gatewayRef, namespace: env.namespace, sectionName: EDGE_LISTENERS.http.name }] },
                  },
                }
              : // A TXT record in Route 53; cert-manager's identity (IRSA) comes from the add-on values.
                { dns01: { route53: { region: env.secrets.region, hostedZoneId: env.tls.route53HostedZoneId } } },
          ],
        },
      },
    });

    new Certificate(this, 'Certificate', {
      metadata: meta(tlsSecret, SyncWave.INGRESS),
      spec: {
        secretName: tlsSecret,
        dnsNames: [ing.host],
        issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: env.tls.issuerName },
        privateKey: {
          algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA,
          size: 256,
          rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
        },
      },
    });

    const dataPlane = new EdgeDataPlane(this, 'DataPlane', { env, component: EDGE });

    const sameNamespace = { namespaces: { from: GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME } };
    new Gateway(this, 'Gateway', {
      metadata: meta(EDGE_GATEWAY, SyncWave.INGRESS),
      spec: {
        gatewayClassName: GATEWAY_CLASS,
        infrastructure: { parametersRef: { group: 'gateway.nginx.org', kind: 'NginxProxy', name: dataPlane.name } },
        listeners: [
          {
            name: EDGE_LISTENERS.http.name,
            protocol: 'HTTP',
            port: EDGE_LISTENERS.http.port,
            hostname: ing.host,
            allowedRoutes: sameNamespace,
          },
          {
            name: EDGE_LISTENERS.https.name,
            protocol: 'HTTPS',
            port: EDGE_LISTENERS.https.port,
            hostname: ing.host,
            tls: { mode: GatewaySpecListenersTlsMode.TERMINATE, certificateRefs: [{ group: '', kind: 'Secret', name: tlsSecret }] },
            allowedRoutes: sameNamespace,
          },
        ],
      },
    });

    // Plain HTTP answers only with a redirect (cert-manager's HTTP-01 route matches its token
    // path exactly, which takes precedence over this prefix).
    new HttpRoute(this, 'Redirect', {
      metadata: meta(`${EDGE_GATEWAY}-https-redirect`, SyncWave.INGRESS),
      spec: {
        parentRefs: [{ ...gatewayRef, sectionName: EDGE_LISTENERS.http.name }],
        hostnames: [ing.host],
        rules: [
          {
            filters: [
              {
                type: HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                requestRedirect: {
                  scheme: HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
                  statusCode: HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301,
                },
              },
            ],
          },
        ],
      },
    });

    const filters: HttpRouteSpecRulesFilters[] = [
      {
        type: HttpRouteSpecRulesFiltersType.RESPONSE_HEADER_MODIFIER,
        responseHeaderModifier: { set: [{ name: 'Strict-Transport-Security', value: HSTS }] },
      },
      ...(env.features.istioMtls
        ? // In the mesh the sidecar routes by Host: naming the Service makes it apply the mesh's mTLS.
          [
            {
              type: HttpRouteSpecRulesFiltersType.URL_REWRITE,
              urlRewrite: { hostname: `${backend.activeServiceName}.${env.namespace}.svc.cluster.local` },
            },
          ]
        : []),
    ];
    const route = new HttpRoute(this, 'Route', {
      metadata: meta(backend.name, SyncWave.INGRESS),
      spec: {
        parentRefs: [{ ...gatewayRef, sectionName: EDGE_LISTENERS.https.name }],
        hostnames: [ing.host],
        rules: [
          {
            // The API's user paths only: probes, /dependencies and /metrics stay inside the cluster.
            matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: props.publicPathPrefix } }],
            filters,
            // The active Service: users reach the promoted version only, never the preview.
            backendRefs: [{ group: '', kind: 'Service', name: backend.activeServiceName, port: port.port }],
          },
        ],
      },
    });
    const routeRef = { group: GATEWAY_GROUP, kind: 'HTTPRoute', name: route.name };

    new ClientSettingsPolicy(this, 'ClientSettings', {
      metadata: meta(EDGE_GATEWAY, SyncWave.INGRESS),
      spec: { targetRef: gatewayRef, body: { maxSize: `${ing.bodySizeMib}m` } },
    });

    // Server-sent events: pass bytes through as they come and keep idle streams open no longer
    // than the service lets a stream last (HTTPRoute timeouts are refused by NGINX Gateway Fabric 2.6).
    new ProxySettingsPolicy(this, 'Streaming', {
      metadata: meta(`${route.name}-streaming`, SyncWave.INGRESS),
      spec: {
        targetRefs: [routeRef],
        buffering: { disable: true },
        timeout: { connect: '5s', read: `${ing.streamTimeoutSeconds}s`, send: `${ing.streamTimeoutSeconds}s` },
      },
    });

    new RateLimitPolicy(this, 'RateLimit', {
      metadata: meta(route.name, SyncWave.INGRESS),
      spec: {
        targetRefs: [routeRef],
        rateLimit: {
          local: {
            rules: [
              {
                key: '$binary_remote_addr',
                rate: `${ing.rateLimitRps}r/s`,
                burst: ing.rateLimitRps * ing.rateLimitBurstMultiplier,
                noDelay: true,
                zoneSize: '10m',
              },
            ],
          },
          rejectCode: LIMITED_STATUS,
          logLevel: RateLimitPolicySpecRateLimitLogLevel.WARN,
        },
      },
    });

    // Gateway API and NGINX Gateway Fabric's policies have no connection limit: limit_conn via a snippet.
    const zone = `${EDGE_GATEWAY.replace(/-/g, '_')}_conn_per_client`;
    new SnippetsPolicy(this, 'ConnectionLimit', {
      metadata: meta(`${EDGE_GATEWAY}-connection-limit`, SyncWave.INGRESS),
      spec: {
        targetRefs: [gatewayRef],
        snippets: [
          { context: SnippetsPolicySpecSnippetsContext.HTTP, value: `limit_conn_zone $binary_remote_addr zone=${zone}:10m;` },
          {
            context: SnippetsPolicySpecSnippetsContext.HTTP_PERIOD_SERVER,
            value: `limit_conn ${zone} ${ing.connectionsPerClient};\nlimit_conn_status ${LIMITED_STATUS};\nlimit_conn_log_level warn;`,
          },
        ],
      },
    });

    // Loki's ruler picks this up (the loki add-on's rules sidecar, label loki_rule) and writes
    // the edge's per-status rates to Prometheus.
    new k8s.KubeConfigMap(this, 'LogRules', {
      metadata: objectMeta(env, {
        name: `${EDGE_GATEWAY}-log-rules`,
        namespace: env.namespace,
        component: EDGE,
        wave: SyncWave.MONITORING,
        labels: { [LOKI_RULE_LABEL]: '1' },
      }),
      data: { [`${env.namespace}-edge.yaml`]: dump(edgeLogRules(env), { lineWidth: -1 }) },
    });

    if (env.tier === 'production') {
      new k8s.KubePodDisruptionBudget(this, 'Budget', {
        metadata: meta(dataPlane.workloadName, SyncWave.INGRESS),
        spec: {
          selector: { matchLabels: edgePodLabels() },
          maxUnavailable: k8s.IntOrString.fromNumber(1),
          unhealthyPodEvictionPolicy: 'AlwaysAllow',
        },
      });
    }

    const flows = props.flows;
    const edge = Peer.pods('edge', edgePodLabels());
    const listeners = [NetworkPort.tcp(EDGE_LISTENERS.http.port), NetworkPort.tcp(EDGE_LISTENERS.https.port)];
    if (ing.loadBalancer === 'aws-nlb-proxy-protocol') {
      ing.loadBalancerCidrs.forEach((cidr, i) => {
        const lb = Peer.privateAddresses(ing.loadBalancerCidrs.length === 1 ? 'load-balancer' : `load-balancer-${i + 1}`, cidr);
        flows.allow(lb, edge, listeners, 'clients through the network load balancer (PROXY protocol)');
      });
    } else {
      flows.allow(Peer.publicAddresses('internet', '0.0.0.0/0'), edge, listeners, 'clients, addresses kept by the load balancer');
    }
    flows.allow(edge, backend.pods, [NetworkPort.tcp(port.port)], 'public API traffic through the edge');
    flows.allow(
      edge,
      NGINX_GATEWAY_CONTROL_PLANE,
      [NetworkPort.tcp(NGINX_GATEWAY_AGENT_PORT)],
      'configuration from the NGINX Gateway Fabric control plane',
    );
    if (http01) {
      flows.allow(
        edge,
        Peer.pods('acme-http01-solver', ACME_SOLVER_SELECTOR),
        [NetworkPort.tcp(ACME_SOLVER_PORT)],
        'ACME HTTP-01 challenges for the certificate',
      );
    }
  }
}
