import type { z } from 'zod';
import type { savedFilters } from '../schemas/savedView.ts';

export type SavedFilters = z.output<typeof savedFilters>;

/** A named set of case-list filters belonging to one user. */
export interface SavedView {
  readonly id: number;
  readonly name: string;
  readonly filters: SavedFilters;
  readonly updatedAt: string;
}
