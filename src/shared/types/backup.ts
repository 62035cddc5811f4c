export const BACKUP_KINDS = ['auto', 'manual', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Readonly<Record<BackupKind, string>> = {
  auto: '每日自动',
  manual: '手动',
  'pre-restore': '恢复前保护',
};

export interface BackupInfo {
  readonly id: number;
  readonly createdAt: string;
  readonly kind: BackupKind;
  readonly folder: string;
  readonly databaseBytes: number;
  readonly fileCount: number;
  readonly verified: boolean;
  readonly verifyMessage: string;
}

export interface BackupSettings {
  /** Where backups go, e.g. a USB drive; empty means `<data dir>/backups`. */
  readonly folder: string;
  /** How many daily backups to keep besides one per month. */
  readonly keep: number;
  readonly effectiveFolder: string;
}

export interface RestoreOutcome {
  readonly restoredFrom: string;
  /** The protective backup of the data replaced; null when that file was too damaged to copy … */
  readonly safetyCopy: BackupInfo | null;
  /** … and was kept byte for byte in this folder instead. */
  readonly keptDamagedFile: string | null;
}
