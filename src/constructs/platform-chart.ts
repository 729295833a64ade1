import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { EnvironmentSettings } from '../config/settings';

export interface OutputChartProps {
  /**
   * Output folder, relative to the tree the chart belongs to (`dist/<env>/` or `argocd/`).
   * Set explicitly so that renaming or moving the construct never moves files.
   */
  readonly folder: string;
}

/** A chart rendered into its own folder, one file per object. */
export class OutputChart extends Chart {
  readonly folder: string;

  constructor(scope: Construct, id: string, props: OutputChartProps) {
    // Names are always explicit; hashes would only hide a missing name.
    super(scope, id, { disableResourceNameHashes: true });
    this.folder = props.folder;
  }
}

export interface PlatformChartProps extends OutputChartProps {
  readonly env: EnvironmentSettings;
}

/** A chart of one environment, rendered under `dist/<env>/<folder>/`. */
export class PlatformChart extends OutputChart {
  readonly env: EnvironmentSettings;

  constructor(scope: Construct, id: string, props: PlatformChartProps) {
    super(scope, id, props);
    this.env = props.env;
  }
}
