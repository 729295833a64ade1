// staging's Redis: master, replicas and three Sentinels from its own rendered configuration.
import { vi } from 'vitest';
import { redisSentinelLifecycle } from '../support/redis-sentinel';

// Real servers: replication and failover take seconds, not milliseconds; a failover test may wait
// out a retried attempt (down-after plus two failover timeouts, redis-sentinel.ts).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 90_000 });

redisSentinelLifecycle('staging');
