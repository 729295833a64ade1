// The Alertmanager configuration prometheus-operator builds in a cluster: kube-prometheus-stack's
// root configuration (the chart's `alertmanager.config` value) with every selected
// AlertmanagerConfig merged in the way pkg/alertmanager/amcfg.go does it:
// - each AlertmanagerConfig's top-level route is put in front of the root's routes, gets
//   `continue: true`, and under the OnNamespace strategy a `namespace="<its namespace>"` matcher;
// - receiver names become `<namespace>/<name>/<receiver>`;
// - its inhibit rules get the namespace matcher on source and target;
// - secret references are resolved (here to fixed test values).
// A field this module does not know fails the conversion, so a new field cannot slip past.
import type { Rendered } from './rendered';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const TEST_SECRETS: Record<string, string> = {
  apiURL: 'https://hooks.slack.com/services/T00000000/B00000000/test',
  routingKey: '0123456789abcdef0123456789abcdef',
  credentials: 'test-bearer-token',
};

/** `httpConfig` as the operator writes it: only a bearer authorization, its credentials resolved. */
function convertHttpConfig(config: Any): Any {
  for (const key of Object.keys(config)) if (key !== 'authorization') throw new Error(`httpConfig field '${key}' is not modelled`);
  const { type, credentials, ...rest } = config.authorization;
  if (Object.keys(rest).length > 0) throw new Error(`authorization fields '${Object.keys(rest)}' are not modelled`);
  return { authorization: { type, credentials: credentials ? TEST_SECRETS.credentials : undefined } };
}

const matcher = (m: { name: string; value: string; matchType?: string }) => `${m.name}${m.matchType ?? '='}${JSON.stringify(m.value)}`;

function convertRoute(route: Any, prefix: string): Any {
  const known = new Set(['receiver', 'groupBy', 'groupWait', 'groupInterval', 'repeatInterval', 'matchers', 'continue', 'routes']);
  for (const key of Object.keys(route)) if (!known.has(key)) throw new Error(`route field '${key}' is not modelled`);
  return {
    ...(route.receiver ? { receiver: `${prefix}/${route.receiver}` } : {}),
    ...(route.groupBy ? { group_by: route.groupBy } : {}),
    ...(route.groupWait ? { group_wait: route.groupWait } : {}),
    ...(route.groupInterval ? { group_interval: route.groupInterval } : {}),
    ...(route.repeatInterval ? { repeat_interval: route.repeatInterval } : {}),
    ...(route.matchers ? { matchers: route.matchers.map(matcher) } : {}),
    ...(route.continue ? { continue: true } : {}),
    ...(route.routes ? { routes: route.routes.map((r: Any) => convertRoute(r, prefix)) } : {}),
  };
}

function convertConfig(kind: string, config: Any): Any {
  const fields: Record<string, string> = {
    apiURL: 'api_url',
    channel: 'channel',
    sendResolved: 'send_resolved',
    title: 'title',
    text: 'text',
    routingKey: 'routing_key',
    severity: 'severity',
    url: 'url',
    httpConfig: 'http_config',
  };
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => {
      if (!fields[key]) throw new Error(`${kind} field '${key}' is not modelled`);
      if (key === 'httpConfig') return [fields[key], convertHttpConfig(value)];
      const secretRef = typeof value === 'object' && value !== null && 'key' in value;
      return [fields[key], secretRef ? TEST_SECRETS[key] : value];
    }),
  );
}

function convertReceiver(receiver: Any, prefix: string): Any {
  const kinds: Record<string, string> = {
    slackConfigs: 'slack_configs',
    pagerdutyConfigs: 'pagerduty_configs',
    webhookConfigs: 'webhook_configs',
  };
  const out: Any = { name: `${prefix}/${receiver.name}` };
  for (const [key, value] of Object.entries(receiver)) {
    if (key === 'name') continue;
    if (!kinds[key]) throw new Error(`receiver field '${key}' is not modelled`);
    out[kinds[key]] = (value as Any[]).map((c) => convertConfig(key, c));
  }
  return out;
}

/** The kube-prometheus-stack values an environment's add-on Application installs. */
export function kubePrometheusStackValues(objects: readonly Rendered[], env: string): Any {
  const app = objects.find((o) => o.kind === 'Application' && o.metadata.name === `kube-prometheus-stack-${env}`);
  if (!app) throw new Error(`no kube-prometheus-stack Application for ${env}`);
  return app.spec.source.helm.valuesObject;
}

/** The configuration the operator generates for one environment's cluster. */
export function operatorConfig(objects: readonly Rendered[], env: string): Any {
  const values = kubePrometheusStackValues(objects, env);
  const spec = values.alertmanager.alertmanagerSpec;
  const config = structuredClone(values.alertmanager.config);
  const onNamespace = spec.alertmanagerConfigMatcherStrategy.type !== 'None';
  const selected = objects
    .filter((o) => o.path.startsWith(`dist/${env}/`) && o.kind === 'AlertmanagerConfig')
    .filter((o) => Object.entries(spec.alertmanagerConfigSelector.matchLabels).every(([k, v]) => o.metadata.labels?.[k] === v))
    .sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  const routes: Any[] = [];
  for (const amc of selected) {
    const ns = amc.metadata.namespace!;
    const prefix = `${ns}/${amc.metadata.name}`;
    const nsMatcher = onNamespace ? [matcher({ name: 'namespace', value: ns })] : [];
    for (const rule of amc.spec.inhibitRules ?? []) {
      config.inhibit_rules = [
        ...(config.inhibit_rules ?? []),
        {
          source_matchers: [...rule.sourceMatch.map(matcher), ...nsMatcher],
          target_matchers: [...rule.targetMatch.map(matcher), ...nsMatcher],
          ...(rule.equal ? { equal: rule.equal } : {}),
        },
      ];
    }
    const top = convertRoute(amc.spec.route, prefix);
    routes.push({ ...top, matchers: [...(top.matchers ?? []), ...nsMatcher], continue: true });
    config.receivers = [...config.receivers, ...amc.spec.receivers.map((r: Any) => convertReceiver(r, prefix))];
  }
  config.route.routes = [...routes, ...(config.route.routes ?? [])];
  return config;
}
