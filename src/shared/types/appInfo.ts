export interface AppInfo {
  readonly version: string;
  /** Number of migrations applied to the open database. */
  readonly schemaVersion: number;
  /** Whether the home organisation has been set up (first-run wizard done). */
  readonly setupComplete: boolean;
  /** Where the data lives, shown to the user so they can back it up. */
  readonly dataDir: string;
}
