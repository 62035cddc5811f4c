import {
  CODE_TABLE_FIELDS,
  SENSITIVE_PATHS,
  type ExportMapping,
  type RecordPath,
} from '../../../shared/schemas/exportMapping.ts';
import type { CityRecordV1 } from '../../../shared/types/cityExport.ts';
import { treatSensitive } from './masking.ts';

type Obj = Record<string, unknown>;

function getPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Obj)[key];
  }
  return current ?? null;
}

function setPath(target: Obj, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = target;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (next === null || typeof next !== 'object') current[key] = {};
    current = current[key] as Obj;
  }
  current[keys[keys.length - 1]!] = value;
}

function codeTableFor(mapping: ExportMapping, source: string): Readonly<Record<string, string>> | undefined {
  for (const [table, field] of Object.entries(CODE_TABLE_FIELDS)) {
    if (field === source) return mapping.codeTables[table as keyof typeof CODE_TABLE_FIELDS];
  }
  return undefined;
}

function transform(mapping: ExportMapping, source: RecordPath, value: unknown, salt: string): unknown {
  const table = codeTableFor(mapping, source);
  // Codes the table does not list pass through unchanged (documented in docs/city-export.md).
  const coded = table && typeof value === 'string' ? (table[value] ?? value) : value;
  const treatment = mapping.sensitive[source];
  if (treatment !== undefined) return treatSensitive(source, treatment, coded, salt);
  // Validation refuses sensitive fields without a treatment; this keeps a hand-built mapping safe too.
  if (SENSITIVE_PATHS.includes(source)) return undefined;
  return coded;
}

/** Turns a v1 record into the platform's shape: only listed fields, renamed, coded and treated. */
export function applyMapping(record: CityRecordV1, mapping: ExportMapping, salt: string): Obj {
  const out: Obj = {};
  for (const [sourceText, target] of Object.entries(mapping.fields)) {
    const source = sourceText as RecordPath;
    if (!source.includes('[]')) {
      const value = transform(mapping, source, getPath(record, source), salt);
      if (value !== undefined) setPath(out, target, value);
      continue;
    }
    const [sourceArray, sourceRest] = source.split('[].') as [string, string];
    const [targetArray, targetRest] = target.split('[].') as [string, string];
    const items = getPath(record, sourceArray);
    if (!Array.isArray(items)) {
      if (getPath(out, targetArray) === null) setPath(out, targetArray, []);
      continue;
    }
    let list = getPath(out, targetArray) as Obj[] | null;
    if (!Array.isArray(list)) {
      list = items.map(() => ({}));
      setPath(out, targetArray, list);
    }
    items.forEach((item, index) => {
      const value = transform(mapping, source, getPath(item, sourceRest), salt);
      if (value !== undefined) setPath(list[index]!, targetRest, value);
    });
  }
  return out;
}
