/**
 * Prometheus rules as typed data. Every alert carries its own promtool unit test: series that
 * must make it fire (and the labels it then has) and healthy series that must keep it silent.
 */

export type Severity = 'critical' | 'warning';

/** Input series for promtool (`metric{labels}` -> expanding values such as `0+10x60`). */
export interface RuleTestInput {
  readonly series: Readonly<Record<string, string>>;
  /** Time the rule is evaluated at, e.g. `15m`. */
  readonly at: string;
  /** Sample interval of the series. @default '1m' */
  readonly interval?: string;
}

export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly severity: Severity;
  /** May use `{{ $labels.<name> }}`. */
  readonly summary: string;
  readonly description: string;
  /**
   * Customers notice it: it carries `customer_facing: "true"`, which routes it to the public
   * status page as well (docs/incident-response.md). @default false
   */
  readonly customerFacing?: boolean;
  /**
   * Bad series: the alert fires by `at`, carrying these labels (besides `severity` and the
   * group's `component`; `namespace` included). Several cases where one failure has several shapes.
   */
  readonly fires: FiringCase | readonly FiringCase[];
  /** Healthy series: the alert stays silent at `at`. Several cases where health has several shapes. */
  readonly quiet: RuleTestInput | readonly RuleTestInput[];
}

export type FiringCase = RuleTestInput & { readonly labels: Readonly<Record<string, string>> };

/** The unit-test cases of an alert, as lists. */
export const firingCases = (rule: AlertRule): readonly FiringCase[] => [rule.fires].flat();
export const quietCases = (rule: AlertRule): readonly RuleTestInput[] => [rule.quiet].flat();

export interface RecordingRule {
  readonly record: string;
  readonly expr: string;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface RuleGroup {
  readonly name: string;
  /**
   * `component` label of the group's alerts: routing and inhibition key on it. Unset where the
   * alerts take it from the series (alerts about any pod).
   */
  readonly component?: string;
  readonly rules: readonly (AlertRule | RecordingRule)[];
}

/** Label of the alerts customers notice; the status page receives exactly these. */
export const CUSTOMER_FACING_LABEL = 'customer_facing';

export const isAlert = (rule: AlertRule | RecordingRule): rule is AlertRule => 'alert' in rule;

/** Where each alert's runbook lives: docs/runbooks/<alert>.md in this repository. */
export function runbookUrl(repoUrl: string, targetRevision: string, alert: string): string {
  return `${repoUrl.replace(/\.git$/, '')}/blob/${targetRevision}/docs/runbooks/${alert}.md`;
}

/**
 * The `spec.groups` of a PrometheusRule. Every alert carries `namespace`: the operator routes
 * the namespace's AlertmanagerConfig only alerts with that label, and an aggregation (`sum`,
 * `histogram_quantile`) drops it from the series.
 */
export function prometheusRuleGroups(groups: readonly RuleGroup[], runbook: (alert: string) => string, namespace: string) {
  return groups.map((g) => ({
    name: g.name,
    rules: g.rules.map((r) =>
      isAlert(r)
        ? {
            alert: r.alert,
            expr: r.expr,
            for: r.for,
            labels: {
              severity: r.severity,
              ...(g.component ? { component: g.component } : {}),
              ...(r.customerFacing ? { [CUSTOMER_FACING_LABEL]: 'true' } : {}),
              namespace,
            },
            annotations: { summary: r.summary, description: r.description, runbook_url: runbook(r.alert) },
          }
        : { record: r.record, expr: r.expr, ...(r.labels ? { labels: { ...r.labels } } : {}) },
    ),
  }));
}

/** A float as Python's prometheus_client writes it in `le` labels: 1 -> "1.0", 2.5 -> "2.5". */
export const pythonFloat = (n: number): string => (Number.isInteger(n) ? `${n}.0` : String(n));
