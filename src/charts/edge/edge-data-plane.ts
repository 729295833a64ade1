import { Construct } from 'constructs';
import {
  NginxProxy,
  NginxProxySpecKubernetesDeploymentContainerResourcesLimits as Limits,
  NginxProxySpecKubernetesDeploymentContainerResourcesRequests as Requests,
  NginxProxySpecKubernetesDeploymentPatchesType,
  NginxProxySpecKubernetesServiceExternalTrafficPolicy,
  NginxProxySpecKubernetesServicePatchesType,
  NginxProxySpecKubernetesServiceType,
  NginxProxySpecLoggingAccessLogEscape,
  NginxProxySpecRewriteClientIpMode,
  NginxProxySpecRewriteClientIpTrustedAddressesType,
  type NginxProxySpecRewriteClientIp,
} from '../../../imports/nginxproxy-gateway.nginx.org';
import { HELPER_RESOURCES } from '../../config/capacity';
import { GATEWAY_CLASS } from '../../config/cluster-services';
import type { EnvironmentSettings } from '../../config/settings';
import { objectMeta, SyncWave, type Component } from '../../constructs/identity';

/** The environment's Gateway; NGINX Gateway Fabric names its data plane `<gateway>-<class>`. */
export const EDGE_GATEWAY = 'agent-edge';

/** The Gateway's listeners; the NGINX containers listen on these ports themselves. */
export const EDGE_LISTENERS = {
  http: { name: 'http', port: 80 },
  https: { name: 'https', port: 443 },
} as const;

/**
 * Labels NGINX Gateway Fabric puts on the data-plane pods of the Gateway (the Gateway API's
 * standard gateway-name label, a selector label of its Deployment).
 */
export function edgePodLabels(): Record<string, string> {
  return { 'gateway.networking.k8s.io/gateway-name': EDGE_GATEWAY };
}

/**
 * NGINX access log, one JSON object per line: Fluent Bit ships it to Loki, where the edge's
 * per-status counts come from (the data plane exports no per-status metrics).
 */
export const EDGE_ACCESS_LOG_FORMAT = [
  '{"time":"$time_iso8601"',
  '"client":"$remote_addr"',
  '"host":"$host"',
  '"method":"$request_method"',
  '"path":"$uri"',
  '"status":$status',
  '"request_time":$request_time',
  '"upstream_status":"$upstream_status"',
  '"bytes_sent":$bytes_sent}',
].join(',');

/** AWS Load Balancer Controller: an internet-facing NLB to the pods' IPs, PROXY protocol v2 on every target. */
export const AWS_NLB_ANNOTATIONS = {
  'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing',
  'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
  'service.beta.kubernetes.io/aws-load-balancer-proxy-protocol': '*',
} as const;

export interface EdgeDataPlaneProps {
  readonly env: EnvironmentSettings;
  readonly component: Component;
}

/**
 * The NGINX data plane NGINX Gateway Fabric runs for the environment's Gateway, as the
 * Gateway's NginxProxy (`infrastructure.parametersRef`): replicas spread across zones, the
 * load balancer and how the client address survives it, access logs, and in the mesh the
 * sidecar settings that keep the load balancer's traffic out of it.
 */
/** Seconds a stopping data-plane pod keeps serving while the load balancer deregisters it. */
export const EDGE_DRAIN_PAUSE_SECONDS = 5;

export class EdgeDataPlane extends Construct {
  /** The NginxProxy's name. */
  readonly name = EDGE_GATEWAY;
  /** The Deployment and Service NGINX Gateway Fabric creates. */
  readonly workloadName = `${EDGE_GATEWAY}-${GATEWAY_CLASS}`;

  constructor(scope: Construct, id: string, props: EdgeDataPlaneProps) {
    super(scope, id);
    const env = props.env;
    const ing = env.ingress;
    const production = env.tier === 'production';
    const nlb = ing.loadBalancer === 'aws-nlb-proxy-protocol';
    const resources = HELPER_RESOURCES.edge;

    const rewriteClientIp: NginxProxySpecRewriteClientIp | undefined = nlb
      ? {
          mode: NginxProxySpecRewriteClientIpMode.PROXY_PROTOCOL,
          trustedAddresses: ing.loadBalancerCidrs.map((value) => ({ type: NginxProxySpecRewriteClientIpTrustedAddressesType.CIDR, value })),
        }
      : undefined;

    const spread = (topologyKey: string, whenUnsatisfiable: string) => ({
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable,
      labelSelector: { matchLabels: edgePodLabels() },
      matchLabelKeys: ['pod-template-hash'],
    });

    // In the mesh: the load balancer's plain traffic bypasses the sidecar (STRICT mTLS would
    // refuse it), the agent's TLS connection to the control plane too; NGINX starts after Envoy.
    const meshAnnotations = {
      'sidecar.istio.io/inject': 'true',
      'traffic.sidecar.istio.io/includeInboundPorts': '',
      'traffic.sidecar.istio.io/excludeOutboundPorts': '8443',
      'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}',
    };

    new NginxProxy(this, 'Resource', {
      metadata: objectMeta(env, { name: this.name, namespace: env.namespace, component: props.component, wave: SyncWave.CONFIG }),
      spec: {
        ...(rewriteClientIp ? { rewriteClientIp } : {}),
        serverTokens: 'off',
        logging: { accessLog: { format: EDGE_ACCESS_LOG_FORMAT, escape: NginxProxySpecLoggingAccessLogEscape.JSON } },
        kubernetes: {
          deployment: {
            replicas: env.addons.ingressControllerReplicas,
            pod: {
              // The preStop pause, the longest stream, and a margin.
              terminationGracePeriodSeconds: EDGE_DRAIN_PAUSE_SECONDS + ing.streamTimeoutSeconds + 5,
              topologySpreadConstraints: [
                spread('topology.kubernetes.io/zone', production ? 'DoNotSchedule' : 'ScheduleAnyway'),
                spread('kubernetes.io/hostname', 'ScheduleAnyway'),
              ],
            },
            container: {
              // The image's entrypoint answers SIGTERM with NGINX's fast shutdown, which cuts every
              // open stream. Instead: wait for the load balancer to stop sending, then ask the master
              // for a graceful quit (SIGQUIT: finish open requests) and wait for it to exit.
              lifecycle: {
                preStop: {
                  exec: {
                    command: [
                      '/bin/sh',
                      '-c',
                      `sleep ${EDGE_DRAIN_PAUSE_SECONDS}; kill -QUIT "$(pgrep -o -x nginx)"; while pgrep -x nginx >/dev/null; do sleep 1; done`,
                    ],
                  },
                },
              },
              resources: {
                requests: { cpu: Requests.fromString(resources.cpuRequest), memory: Requests.fromString(resources.memoryRequest) },
                limits: { memory: Limits.fromString(resources.memoryLimit) },
              },
            },
            ...(env.features.istioMtls
              ? {
                  patches: [
                    {
                      type: NginxProxySpecKubernetesDeploymentPatchesType.STRATEGIC_MERGE,
                      value: { spec: { template: { metadata: { annotations: meshAnnotations } } } },
                    },
                  ],
                }
              : {}),
          },
          service: {
            type: NginxProxySpecKubernetesServiceType.LOAD_BALANCER,
            // A pass-through load balancer keeps the client address only if kube-proxy does not
            // forward to another node; the NLB's IP targets reach the pods directly (PROXY protocol).
            ...(nlb ? {} : { externalTrafficPolicy: NginxProxySpecKubernetesServiceExternalTrafficPolicy.LOCAL }),
            ...(nlb
              ? {
                  loadBalancerClass: 'service.k8s.aws/nlb',
                  patches: [
                    {
                      type: NginxProxySpecKubernetesServicePatchesType.STRATEGIC_MERGE,
                      value: { metadata: { annotations: AWS_NLB_ANNOTATIONS } },
                    },
                  ],
                }
              : {}),
          },
        },
      },
    });
  }
}
