// staging's backups: two members (asynchronous), two repositories in two regions, a daily
// drill at 05:00 UTC held to a 5-minute RPO (docs/disaster-recovery.md, "Targets").
import { vi } from 'vitest';
import { backupLifecycle } from '../support/backup-lifecycle';

// Real servers: backups, restores and drills take seconds each.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

backupLifecycle({ env: 'staging', members: 2, synchronous: false, repositories: 2, rpoSeconds: 300, drillSchedule: '0 5 * * *' });
