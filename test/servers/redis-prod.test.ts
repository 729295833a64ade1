// prod's Redis: master, replicas and three Sentinels from its own rendered configuration.
import { vi } from 'vitest';
import { redisSentinelLifecycle } from '../support/redis-sentinel';

// Real servers: replication and failover take seconds, not milliseconds.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

redisSentinelLifecycle('prod');
