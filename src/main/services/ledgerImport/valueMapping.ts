import {
  DISPUTE_TYPES,
  DISPUTE_TYPE_LABELS,
  type DisputeType,
} from '../../../shared/types/disputeTaxonomy.ts';
import { isIsoDate } from '../../../shared/format/chineseDate.ts';

/**
 * Values as committees write them in their ledgers, mapped to the program's codes: the 15 statistical
 * dispute types (domain §3.1) under their usual short and local names, outcomes written in words,
 * dates in every format Excel and clerks produce, amounts with 元/万/thousands separators.
 */

const TYPE_WORDS: Readonly<Record<DisputeType, readonly string[]>> = {
  marriage_family: [
    '婚姻',
    '家庭',
    '婚姻家庭',
    '婚恋',
    '赡养',
    '抚养',
    '扶养',
    '继承',
    '离婚',
    '家事',
    '婚姻家庭继承',
  ],
  neighbourhood: ['邻里', '相邻', '相邻关系', '邻里关系'],
  housing_homestead: ['房屋', '宅基地', '房屋宅基地', '房产', '住房'],
  contract: ['合同', '借贷', '民间借贷', '买卖', '租赁', '买卖合同', '借款'],
  production_business: ['生产经营', '经营', '生产'],
  damage_compensation: ['损害赔偿', '人身损害', '财产损害', '侵权', '人身损害赔偿', '赔偿'],
  forest_land: ['山林', '土地', '山林土地', '土地承包', '林地', '承包地'],
  land_acquisition_demolition: ['征地拆迁', '征地', '拆迁', '征收', '房屋拆迁'],
  environmental_pollution: ['环境污染', '污染', '噪音', '噪声', '环境'],
  labour: ['劳动争议', '劳动', '劳资', '欠薪', '拖欠工资', '工资', '劳务'],
  consumer: ['消费', '消费者权益', '消费者'],
  medical: ['医疗', '医患'],
  road_traffic: ['道路交通事故', '交通事故', '交通', '道路交通'],
  property_management: ['物业', '物业管理', '物业服务'],
  other: ['其他', '其它'],
};

function typeKey(text: string): string {
  return text
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(].*?[)）]/g, '')
    .replace(/(矛盾)?(纠纷|争议|类|案件)+$/g, '')
    .replace(/^矛盾/, '');
}

const TYPE_LOOKUP: ReadonlyMap<string, DisputeType> = new Map(
  DISPUTE_TYPES.flatMap((type) =>
    [DISPUTE_TYPE_LABELS[type], ...TYPE_WORDS[type]].map((word) => [typeKey(word), type] as const),
  ),
);

/** The statistical dispute type a ledger word names, or null when it is not one we know. */
export function mapDisputeType(
  text: string,
  overrides: Readonly<Record<string, DisputeType>> = {},
): DisputeType | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return overrides[trimmed] ?? TYPE_LOOKUP.get(typeKey(trimmed)) ?? null;
}

export type LedgerOutcome = 'success' | 'failed' | 'pending';

const OUTCOME_WORDS: Readonly<Record<LedgerOutcome, readonly string[]>> = {
  success: [
    '成功',
    '调解成功',
    '达成协议',
    '已达成协议',
    '达成调解协议',
    '调成',
    '调解成',
    '已调解',
    '调处成功',
    '化解',
    '已化解',
    '成功调解',
    '调解达成协议',
    '是',
    '已调结',
    '调结',
    '书面协议',
    '口头协议',
    '达成书面协议',
    '达成口头协议',
    '已履行',
    '履行完毕',
  ],
  failed: [
    '不成功',
    '调解不成',
    '调解不成功',
    '未达成协议',
    '未成功',
    '失败',
    '调解失败',
    '终止',
    '终止调解',
    '否',
    '不成',
    '未化解',
    '调处不成',
    '调处不成功',
    '调解终止',
    '未调成',
  ],
  pending: ['在办', '调解中', '正在调解', '未结', '进行中', '待调解', '办理中', '未办结', '受理'],
};

const OUTCOME_LOOKUP: ReadonlyMap<string, LedgerOutcome> = new Map(
  (Object.entries(OUTCOME_WORDS) as [LedgerOutcome, readonly string[]][]).flatMap(([outcome, words]) =>
    words.map((w) => [w, outcome] as const),
  ),
);

/** 调解结果 in words → outcome; `oral` when the words say the agreement was oral (口头). */
export function mapOutcome(text: string): { outcome: LedgerOutcome; oral: boolean } | null {
  const key = text.replace(/[\s\u3000。，,.!！]/g, '');
  if (key === '') return { outcome: 'pending', oral: false };
  const outcome = OUTCOME_LOOKUP.get(key) ?? OUTCOME_LOOKUP.get(key.replace(/^(已|经)/, ''));
  return outcome ? { outcome, oral: key.includes('口头') } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function fromParts(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : null;
}

/** Days from 1899-12-30 (Excel's serial date, also what a date column holds once its format is lost). */
function fromExcelSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A ledger date as YYYY-MM-DD: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, with or
 * without a time, or an Excel serial number. `null` for a blank cell, `'invalid'` for anything else.
 */
export function parseLedgerDate(text: string): string | null | 'invalid' {
  const t = text
    .trim()
    .replace(/\s+\d{1,2}[:：]\d{2}([:：]\d{2}(\.\d+)?)?$/, '')
    .replace(/T.*$/, '');
  if (t === '') return null;
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'invalid';
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'invalid';
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    if (serial >= 20_000 && serial <= 80_000) return fromExcelSerial(serial);
  }
  return 'invalid';
}

/** 协议金额 in fen: 5000, 5,000.00, ￥5000元, 1.2万. `null` for blank, `'invalid'` otherwise. */
export function parseAmountFen(text: string): number | null | 'invalid' {
  let t = text
    .trim()
    .replace(/[\s,，￥¥]/g, '')
    .replace(/(人民币)/g, '')
    .replace(/元(整)?$/, '');
  if (t === '' || t === '无' || t === '/' || t === '-' || t === '—') return null;
  let factor = 100;
  if (t.endsWith('万')) {
    factor = 1_000_000;
    t = t.slice(0, -1);
  }
  if (!/^\d+(\.\d+)?$/.test(t)) return 'invalid';
  const fen = Math.round(Number(t) * factor);
  return Number.isSafeInteger(fen) ? fen : 'invalid';
}

/** 案号 as the same text however it was typed: half-width brackets and digits, no blanks. */
export function normaliseCaseNo(text: string): string {
  return text
    .replace(/\s/g, '')
    .replace(/[(]/g, '（')
    .replace(/[)]/g, '）')
    .replace(/[〔[]/g, '（')
    .replace(/[〕\]]/g, '）')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** `（2026）栖尧人调字第12号` → its year, 字 and number; null for other formats. */
export function parseCaseNo(caseNo: string): { year: number; word: string; seq: number } | null {
  const m = /^（(\d{4})）(.+?)第(\d+)号$/.exec(caseNo);
  return m ? { year: Number(m[1]), word: m[2]!, seq: Number(m[3]) } : null;
}
