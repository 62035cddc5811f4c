import { maskPersonalData } from '../../shared/format/maskPersonalData.ts';

/** A before/after pair a service reports for the audit entry of the current call. */
export interface ChangeNote {
  readonly entity: string;
  readonly id: string;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
}

const SECRET_KEY = /password|token|secret/i;

/** Input as recorded: secrets replaced, long text shortened (the record keeps its own copy). */
function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '…';
  if (typeof value === 'string')
    return value.length > 500 ? `${value.slice(0, 500)}…（共 ${value.length} 字）` : value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) ? '（已隐去）' : redact(item, depth + 1),
      ]),
    );
  }
  return value;
}

/** Only the fields that actually changed, as [before, after]. */
function changedFields(note: ChangeNote): Record<string, [unknown, unknown]> {
  const keys = new Set([...Object.keys(note.before ?? {}), ...Object.keys(note.after ?? {})]);
  const fields: Record<string, [unknown, unknown]> = {};
  for (const key of keys) {
    const before = note.before?.[key] ?? null;
    const after = note.after?.[key] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      fields[key] = SECRET_KEY.test(key) ? ['（已隐去）', '（已隐去）'] : [before, after];
    }
  }
  return fields;
}

export function auditDetail(input: unknown, notes: readonly ChangeNote[]): Record<string, unknown> {
  return {
    // The audit log is kept for years and read by administrators: it never holds full ID numbers or phones.
    input: redact(maskPersonalData(input, { addresses: false })),
    ...(notes.length > 0 && {
      changes: notes.map((note) => ({ entity: note.entity, id: note.id, fields: changedFields(note) })),
    }),
  };
}

/**
 * Marks the audit entry of a write on a case being entered afterwards (补录): the entry's actor and
 * time say who entered the step and when; the input carries the dates it really happened.
 */
export function backfillMark(result: unknown): Record<string, unknown> {
  if (typeof result !== 'object' || result === null || !('backfill' in result)) return {};
  const backfill = (result as { backfill: unknown }).backfill;
  if (typeof backfill !== 'object' || backfill === null) return {};
  const { by, at, open } = backfill as { by?: unknown; at?: unknown; open?: unknown };
  return open === true ? { entry: '补录', backfill: { startedBy: by, startedAt: at } } : {};
}

/** What the call acted on: `id`/`caseId` in the input, else the id of what it returned. */
export function auditTarget(
  method: string,
  input: unknown,
  result: unknown,
): { targetType: string; targetId: string | null } {
  const targetType = method.split('.')[0] ?? method;
  const pick = (value: unknown, keys: readonly string[]): string | null => {
    if (typeof value !== 'object' || value === null) return null;
    for (const key of keys) {
      const found = (value as Record<string, unknown>)[key];
      if (typeof found === 'string') return found;
    }
    return null;
  };
  return { targetType, targetId: pick(input, ['id', 'caseId']) ?? pick(result, ['id']) };
}
