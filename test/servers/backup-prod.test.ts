// prod's backups: three members with synchronous replication, two repositories in two regions,
// a weekly drill on Monday (the day after Sunday's full backup) at 05:00 UTC held to a 2-minute
// RPO (docs/disaster-recovery.md, "Targets").
import { vi } from 'vitest';
import { backupLifecycle } from '../support/backup-lifecycle';

// Real servers: backups, restores and drills take seconds each.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

backupLifecycle({ env: 'prod', members: 3, synchronous: true, repositories: 2, rpoSeconds: 120, drillSchedule: '0 5 * * 1' });
