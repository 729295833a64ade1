// Every LogQL expression the platform renders (Loki's recording rules, the logs dashboard's
// queries, the retention selectors) parsed with Grafana's LogQL grammar, the one Grafana's own
// query editor uses (@grafana/lezer-logql). What the expressions select is
// test/log-rules.test.ts's business.
import { parser } from '@grafana/lezer-logql';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { envObjects, rendered } from './support/rendered';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const { settings, objects } = rendered();

/** The position of the first syntax error in `expr`, or undefined when it parses. */
function syntaxError(expr: string): number | undefined {
  let error: number | undefined;
  parser.parse(expr).iterate({
    enter(node) {
      if (node.type.isError) error ??= node.from;
    },
  });
  return error;
}

test('the grammar refuses what Loki refuses', () => {
  // A range on a pipeline ending in `|`, a matcher without quotes, an unclosed selector.
  for (const bad of ['sum(rate({a="b"} | json | [5m]))', '{a=b}', 'rate({a="b"[5m])']) expect(syntaxError(bad), bad).toBeDefined();
  expect(syntaxError('sum by (level) (rate({a="b"} | json level | __error__="" [5m]))')).toBeUndefined();
});

describe.each(settings.environments.map((e) => e.name))('%s: LogQL', (name) => {
  const objs = envObjects(name);

  test('every expression of the Loki rules, the dashboards and the retention selectors parses', () => {
    const rules = objs
      .filter((o) => o.kind === 'ConfigMap' && o.metadata.labels?.loki_rule !== undefined)
      .flatMap((cm) =>
        Object.values(cm.data as Record<string, string>).flatMap((t) => (load(t) as Any).groups.flatMap((g: Any) => g.rules)),
      )
      .map((r: Any) => r.expr as string);
    const panels = objs
      .filter((o) => o.kind === 'ConfigMap' && o.metadata.labels?.grafana_dashboard !== undefined)
      .flatMap((cm) => Object.values(cm.data as Record<string, string>).flatMap((json) => JSON.parse(json).panels))
      .filter((p: Any) => p.datasource.type === 'loki')
      .flatMap((p: Any) => p.targets.map((t: Any) => t.expr as string));
    const loki = objects.find((o) => o.kind === 'Application' && o.metadata.name === `loki-${name}`)!.spec.source.helm.valuesObject;
    const selectors = loki.loki.limits_config.retention_stream.map((r: Any) => r.selector as string);
    for (const list of [rules, panels, selectors]) expect(list.length).toBeGreaterThan(0);
    for (const expr of [...rules, ...panels, ...selectors]) expect(syntaxError(expr), expr).toBeUndefined();
  });
});
