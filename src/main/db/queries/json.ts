/** JSON text columns: lists and small records stored as text, parsed defensively. */
export function parseJsonArray<T>(text: string | null): T[] {
  if (text === null || text === '') return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

export function parseJsonObject<T extends object>(text: string | null): T | null {
  if (text === null || text === '') return null;
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as T) : null;
}

export const toJson = (value: unknown): string => JSON.stringify(value);

export const toFlag = (value: boolean): number => (value ? 1 : 0);
