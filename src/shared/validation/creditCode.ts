/**
 * 统一社会信用代码 (GB 32100-2015), domain §6.2, plus the old 15-digit 工商注册号 that still appears on
 * older licences and documents.
 */

/** The 31 characters of the code, in value order; I, O, S, V and Z are left out to avoid misreading. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** 登记管理部门码 (position 1) labels given in domain §6.2; other values are valid but unnamed here. */
export const REGISTRATION_AUTHORITIES: Readonly<Record<string, string>> = {
  '1': '机构编制',
  '5': '民政',
  '9': '市场监管（工商）',
  Y: '其他',
};

/** 机构类别码 (position 2) labels, keyed by positions 1–2, as far as domain §6.2 lists them. */
export const ENTITY_TYPES: Readonly<Record<string, string>> = {
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他',
};

export const CREDIT_CODE_FAILURES = [
  'EMPTY',
  'LENGTH',
  'CHARSET',
  'REGION',
  'CHECK_CHAR',
  'ORG_CODE',
] as const;
export type CreditCodeFailure = (typeof CREDIT_CODE_FAILURES)[number];

export interface CreditCodeValid {
  readonly ok: true;
  readonly kind: '统一社会信用代码';
  /** 18 upper-case characters; what should be stored. */
  readonly normalized: string;
  readonly registrationAuthority: string | null;
  readonly entityType: string | null;
  /** Positions 3–8: 行政区划代码 of the registering authority. */
  readonly regionCode: string;
  /** Positions 9–17: the embedded 组织机构代码 (GB 11714). */
  readonly orgCode: string;
  /** Whether the embedded 组织机构代码 passes its own check; informative unless `requireValidOrgCode`. */
  readonly orgCodeValid: boolean;
}

export interface LegacyRegistrationNumber {
  readonly ok: true;
  readonly kind: '工商注册号（旧版）';
  readonly normalized: string;
  /** Always set: nothing about an old number can be verified, so the clerk should compare with the licence. */
  readonly warning: string;
}

export interface CreditCodeInvalid {
  readonly ok: false;
  readonly code: CreditCodeFailure;
  readonly reason: string;
}

export type CreditCodeResult = CreditCodeValid | LegacyRegistrationNumber | CreditCodeInvalid;

export interface CreditCodeOptions {
  /** Reject a code whose embedded 组织机构代码 fails its check (off by default, see `validateCreditCode`). */
  readonly requireValidOrgCode?: boolean;
}

/** Check character (position 18) for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('统一社会信用代码本体应为17位');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`统一社会信用代码中不允许出现字符“${first17[i]}”`);
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character for the first 8 characters of a 组织机构代码 (digits, A=10 … Z=35). */
export function orgCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new RangeError('组织机构代码本体应为8位数字或大写字母');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function fail(code: CreditCodeFailure, reason: string): CreditCodeInvalid {
  return { ok: false, code, reason };
}

/**
 * Validates a 统一社会信用代码, or recognises a 15-digit 工商注册号 as a legacy number (not checked: older
 * numbers predate any check rule). The embedded 组织机构代码 check is reported but by default does not
 * reject, because the domain research marks it optional and codes such as those of 个体工商户 were not
 * all derived from a real 组织机构代码.
 */
export function validateCreditCode(input: string, options: CreditCodeOptions = {}): CreditCodeResult {
  const code = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (code === '') return fail('EMPTY', '请填写统一社会信用代码。');
  if (/^\d{15}$/.test(code)) {
    return {
      ok: true,
      kind: '工商注册号（旧版）',
      normalized: code,
      warning:
        '这是旧版15位工商注册号，系统无法校验，请对照营业执照核对；如有新版营业执照，请填写18位统一社会信用代码。',
    };
  }
  if (code.length !== 18) {
    return fail(
      'LENGTH',
      `统一社会信用代码应为18位（旧版工商注册号为15位数字），当前为${code.length}位，请核对。`,
    );
  }
  const forbidden = [...new Set(code.replace(/[0-9A-HJ-NPQRTUWXY]/g, ''))];
  if (forbidden.length > 0) {
    const excludedLetters = forbidden.some((c) => 'IOSVZ'.includes(c)) ? '代码不使用字母I、O、S、V、Z，' : '';
    const lookalike = forbidden.some((c) => c === 'O' || c === 'I') ? '字母O、I可能应为数字0、1，' : '';
    return fail(
      'CHARSET',
      `统一社会信用代码中不应出现“${forbidden.join('、')}”。${excludedLetters}${lookalike}请核对。`,
    );
  }
  if (!SHAPE.test(code)) {
    return fail('REGION', '统一社会信用代码第3至8位应为6位数字的行政区划代码，请核对。');
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return fail(
      'CHECK_CHAR',
      '统一社会信用代码校验位不符，代码中可能有字符输错或前后颠倒，请对照营业执照逐位核对。',
    );
  }
  const orgCode = code.slice(8, 17);
  const orgCodeValid = orgCodeCheckChar(orgCode.slice(0, 8)) === orgCode[8];
  if (!orgCodeValid && options.requireValidOrgCode === true) {
    return fail('ORG_CODE', '统一社会信用代码第9至17位（组织机构代码）校验不符，请核对。');
  }
  return {
    ok: true,
    kind: '统一社会信用代码',
    normalized: code,
    registrationAuthority: REGISTRATION_AUTHORITIES[code[0]!] ?? null,
    entityType: ENTITY_TYPES[code.slice(0, 2)] ?? null,
    regionCode: code.slice(2, 8),
    orgCode,
    orgCodeValid,
  };
}
