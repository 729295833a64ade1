// staging's database: two members (leader and one replica), asynchronous (docs/data-tier.md).
import { vi } from 'vitest';
import { patroniLifecycle } from '../support/patroni-lifecycle';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

patroniLifecycle({ env: 'staging', members: 2, synchronous: false });
