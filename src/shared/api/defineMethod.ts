import type { z } from 'zod';
import type { Permission } from './permissions.ts';

/**
 * One API method: its input schema (validated on the main side before any service runs), the
 * permission it needs, a Chinese summary for the method list, and its result type (compile time only).
 */
export interface MethodSpec<Input extends z.ZodType, Result> {
  readonly input: Input;
  readonly permission: Permission;
  readonly summary: string;
  /**
   * Read-only methods run without a write transaction and leave no audit entry. By default a method
   * is read-only when its permission is `public` or ends in `.read`; set this to say otherwise.
   */
  readonly readOnly?: boolean;
  /**
   * A read that must still leave an audit entry (exports, lists with personal data): recorded after
   * it succeeds, in its own short transaction.
   */
  readonly auditRead?: boolean;
  /** Never set at run time: carries the result type so both sides agree on it. */
  readonly resultType?: Result;
}

/**
 * `defineMethod<Result>()({ input, permission, summary })`: curried so the result type is written
 * explicitly while the input type is inferred from the schema.
 */
export function defineMethod<Result>() {
  return <Input extends z.ZodType>(spec: {
    readonly input: Input;
    readonly permission: Permission;
    readonly summary: string;
    readonly readOnly?: boolean;
    readonly auditRead?: boolean;
  }): MethodSpec<Input, Result> => spec;
}

export function isReadOnly(spec: { readonly permission: Permission; readonly readOnly?: boolean }): boolean {
  return spec.readOnly ?? (spec.permission === 'public' || spec.permission.endsWith('.read'));
}
