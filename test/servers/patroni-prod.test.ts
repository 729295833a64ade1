// prod's database: three members (leader and two replicas), synchronous mode (docs/data-tier.md).
import { vi } from 'vitest';
import { patroniLifecycle } from '../support/patroni-lifecycle';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

patroniLifecycle({ env: 'prod', members: 3, synchronous: true });
