/** Station ↔ centre exchange (issue 7): identities, registered peers, packages, conflicts. */
export const PEER_KINDS = ['station', 'centre'] as const;
export type PeerKind = (typeof PEER_KINDS)[number];
export const PEER_KIND_LABELS: Readonly<Record<PeerKind, string>> = {
  station: '下级站点（本机为中心）',
  centre: '上级中心（本机为站点）',
};

export interface ExchangeIdentity {
  readonly peerId: string;
  readonly name: string;
  /** Ed25519 public key, PEM (SPKI); null until the key pair is made. */
  readonly publicKey: string | null;
  /** SHA-256 of the public key, first 16 hex digits in groups, for reading out over the phone. */
  readonly fingerprint: string | null;
}

/** The identity once the key pair exists. */
export interface ExchangeKey extends ExchangeIdentity {
  readonly publicKey: string;
  readonly fingerprint: string;
}

export interface ExchangePeer {
  readonly peerId: string;
  readonly name: string;
  readonly kind: PeerKind;
  readonly fingerprint: string;
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly lastExportSeq: number;
  readonly lastImportSeq: number;
}

export interface PackageFile {
  readonly fileName: string;
  readonly base64: string;
  readonly packageId: string;
  readonly caseCount: number;
  readonly fileCount: number;
  readonly bytes: number;
  /** Attachments whose file is missing on this computer (listed, not carried). */
  readonly missingFiles: readonly string[];
}

export interface ImportSummary {
  readonly packageId: string;
  readonly from: string;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly mediators: number;
  readonly files: number;
}

export interface ExchangePackageInfo {
  readonly packageId: string;
  readonly direction: 'export' | 'import';
  readonly peerId: string;
  readonly seq: number;
  readonly caseCount: number;
  readonly fileCount: number;
  readonly at: string;
  readonly by: string;
  readonly summary: Readonly<Record<string, unknown>>;
}

/** One field of the case that differs between the two sides, shown side by side. */
export interface ConflictField {
  readonly field: string;
  readonly local: string;
  readonly incoming: string;
}

export interface ExchangeConflict {
  readonly id: string;
  readonly caseUuid: string;
  readonly caseCode: string | null;
  readonly title: string;
  readonly peerId: string;
  readonly packageId: string;
  readonly localVersion: number;
  readonly incomingVersion: number;
  readonly fields: readonly ConflictField[];
  readonly detectedAt: string;
  readonly resolvedAt: string | null;
  readonly resolvedBy: string | null;
  readonly resolution: 'keep_local' | 'take_incoming' | null;
}
