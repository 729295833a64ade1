import type { EnvironmentSettings } from '../../config/settings';
import { EDGE_GATEWAY } from './edge-data-plane';
import { GATEWAY_CLASS } from '../../config/cluster-services';

/**
 * The edge's per-status counts. NGINX Gateway Fabric 2.6.7 exports none: its control plane has
 * one metric (`nginx_gateway_fabric_event_batch_processing_milliseconds`) and the data plane's
 * nginx-agent 3.11 (stub_status) counts connections and requests without a status. So Loki's
 * ruler counts the NGINX access log (JSON, src/charts/edge/edge-data-plane.ts) and writes the
 * rate per status to Prometheus, where the edge alerts read it.
 */
export const EDGE_RESPONSES = 'edge_http_responses:rate5m';

/** LogQL over the NGINX containers of the environment's Gateway, as Fluent Bit labels them. */
export function edgeAccessLog(env: EnvironmentSettings): string {
  return `{job="fluent-bit", namespace_name="${env.namespace}", container_name="nginx", pod_name=~"${EDGE_GATEWAY}-${GATEWAY_CLASS}-.+"}`;
}

/** Loki ruler groups (Prometheus rule format, LogQL expressions) for the access log. */
export function edgeLogRules(env: EnvironmentSettings): object {
  return {
    groups: [
      {
        name: 'edge-access-log',
        interval: '1m',
        rules: [
          {
            record: EDGE_RESPONSES,
            expr: `sum by (status) (rate(${edgeAccessLog(env)} | json status | __error__="" [5m]))`,
            labels: { namespace: env.namespace, gateway: EDGE_GATEWAY },
          },
        ],
      },
    ],
  };
}
