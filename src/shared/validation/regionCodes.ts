/**
 * 行政区划代码 (GB/T 2260) needed to name where an ID number was issued, domain §6.4.
 *
 * Only two levels are embedded: every province-level code (for any ID) and the Nanjing districts, current
 * and abolished (for the first deployment). ID numbers keep the code that was valid on the day they were
 * issued, so an abolished code such as 320103 白下区 is still a correct ID prefix; unknown codes are
 * likewise valid, the table only adds a name when it has one. Street/town codes are deliberately left out:
 * the domain notes they are renumbered and should be imported from the current NBS table instead.
 */

/** Province-level codes of GB/T 2260, plus 83 which appears only on 港澳台居民居住证 (Taiwan residents). */
export const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
  '83': '台湾地区',
};

export function isProvinceCode(code: string): boolean {
  return Object.hasOwn(PROVINCE_NAMES, code);
}

export const NANJING_CITY_CODE = '320100';

export interface NanjingDistrict {
  readonly code: string;
  readonly name: string;
  /** Set when the code is no longer issued: the year it was abolished and the district that took it over. */
  readonly abolished?: { readonly year: number; readonly successorCode: string };
  /** 320192 is an NBS statistics code for streets run by 江北新区, not a GB/T 2260 county. */
  readonly statisticalOnly?: true;
}

export const NANJING_DISTRICTS: readonly NanjingDistrict[] = [
  { code: '320102', name: '玄武区' },
  { code: '320104', name: '秦淮区' },
  { code: '320105', name: '建邺区' },
  { code: '320106', name: '鼓楼区' },
  { code: '320111', name: '浦口区' },
  { code: '320113', name: '栖霞区' },
  { code: '320114', name: '雨花台区' },
  { code: '320115', name: '江宁区' },
  { code: '320116', name: '六合区' },
  { code: '320117', name: '溧水区' },
  { code: '320118', name: '高淳区' },
  { code: '320103', name: '白下区', abolished: { year: 2013, successorCode: '320104' } },
  { code: '320107', name: '下关区', abolished: { year: 2013, successorCode: '320106' } },
  { code: '320124', name: '溧水县', abolished: { year: 2013, successorCode: '320117' } },
  { code: '320125', name: '高淳县', abolished: { year: 2013, successorCode: '320118' } },
  { code: '320112', name: '大厂区', abolished: { year: 2002, successorCode: '320116' } },
  { code: '320123', name: '六合县', abolished: { year: 2002, successorCode: '320116' } },
  { code: '320122', name: '江浦县', abolished: { year: 2002, successorCode: '320111' } },
  // Domain §6.4 gives 江宁县 → 江宁区 without a year and marks these older codes "[K — verify]"; 2000 is the
  // year 江宁 became a district. The year is only shown to clerks, it never affects validation.
  { code: '320121', name: '江宁县', abolished: { year: 2000, successorCode: '320115' } },
  { code: '320192', name: '江北新区直管区域', statisticalOnly: true },
];

const DISTRICT_BY_CODE: ReadonlyMap<string, NanjingDistrict> = new Map(
  NANJING_DISTRICTS.map((d) => [d.code, d]),
);

export function findNanjingDistrict(code: string): NanjingDistrict | null {
  return DISTRICT_BY_CODE.get(code) ?? null;
}

/**
 * Maps an abolished Nanjing code to the district that covers the area today, so statistics group old and
 * new records together; any other code is returned unchanged.
 */
export function currentRegionCode(code: string): string {
  return findNanjingDistrict(code)?.abolished?.successorCode ?? code;
}

/**
 * The most specific name the tables know for a 6-digit code, e.g. `江苏省南京市白下区（2013年撤销，现属秦淮区）`,
 * `江苏省南京市`, or just `江苏省` for a county outside Nanjing; `null` when even the province is unknown.
 */
export function describeRegionCode(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return null;
  const province = PROVINCE_NAMES[code.slice(0, 2)];
  if (province === undefined) return null;
  if (code.slice(0, 4) !== NANJING_CITY_CODE.slice(0, 4)) return province;
  const city = `${province}南京市`;
  const district = findNanjingDistrict(code);
  if (district === null) return city;
  const base = `${city}${district.name}`;
  if (district.abolished === undefined) return base;
  const successor = findNanjingDistrict(district.abolished.successorCode);
  return `${base}（${district.abolished.year}年撤销，现属${successor?.name ?? district.abolished.successorCode}）`;
}
