import type { z } from 'zod';
import { appMethods } from './methods/appMethods.ts';
import { auditMethods } from './methods/auditMethods.ts';
import { authMethods } from './methods/authMethods.ts';
import { backupMethods } from './methods/backupMethods.ts';
import { userMethods } from './methods/userMethods.ts';
import { caseMethods } from './methods/caseMethods.ts';
import { caseFlowMethods } from './methods/caseFlowMethods.ts';
import { partyMethods } from './methods/partyMethods.ts';
import { mediatorMethods } from './methods/mediatorMethods.ts';
import { sessionMethods } from './methods/sessionMethods.ts';
import { agreementMethods, followUpMethods } from './methods/agreementMethods.ts';
import { deadlineMethods } from './methods/deadlineMethods.ts';
import { orgMethods } from './methods/orgMethods.ts';
import { exportMethods } from './methods/exportMethods.ts';
import { exchangeMethods } from './methods/exchangeMethods.ts';
import { searchMethods } from './methods/searchMethods.ts';
import { statsMethods } from './methods/statsMethods.ts';
import { viewMethods } from './methods/viewMethods.ts';
import { documentMethods } from './methods/documentMethods.ts';
import { lawMethods } from './methods/lawMethods.ts';
import { ledgerImportMethods } from './methods/ledgerImportMethods.ts';
import { flowMethods } from './methods/flowMethods.ts';

/**
 * The whole API: every method the renderer may call, over IPC or HTTP. Each namespace lives in
 * methods/<namespace>Methods.ts; add a method there, give it a handler in
 * src/main/api/handlers/<namespace>Handlers.ts, and both transports carry it.
 */
export const contract = {
  ...appMethods,
  ...authMethods,
  ...userMethods,
  ...auditMethods,
  ...backupMethods,
  ...orgMethods,
  ...caseMethods,
  ...caseFlowMethods,
  ...partyMethods,
  ...mediatorMethods,
  ...sessionMethods,
  ...agreementMethods,
  ...followUpMethods,
  ...deadlineMethods,
  ...exportMethods,
  ...exchangeMethods,
  ...searchMethods,
  ...statsMethods,
  ...viewMethods,
  ...documentMethods,
  ...lawMethods,
  ...ledgerImportMethods,
  ...flowMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults are applied). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Exclude<Contract[M]['resultType'], undefined>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
