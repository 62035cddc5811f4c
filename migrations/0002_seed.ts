/**
 * Frozen seed data for migration 0002. Later years are entered through the holiday settings (the State
 * Council publishes each year's table in November), never by editing this file.
 */

type HolidayRow = readonly [date: string, kind: 'holiday' | 'workday', name: string];

function range(from: string, to: string, name: string): HolidayRow[] {
  const rows: HolidayRow[] = [];
  const end = new Date(`${to}T00:00:00Z`).getTime();
  for (let t = new Date(`${from}T00:00:00Z`).getTime(); t <= end; t += 86_400_000) {
    rows.push([new Date(t).toISOString().slice(0, 10), 'holiday', name]);
  }
  return rows;
}

/** 国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12) and the 2026 notice (2025-11-04). */
export const HOLIDAYS_2025_2026: readonly HolidayRow[] = [
  ...range('2025-01-01', '2025-01-01', '元旦'),
  ...range('2025-01-28', '2025-02-04', '春节'),
  ['2025-01-26', 'workday', '春节调休上班'],
  ['2025-02-08', 'workday', '春节调休上班'],
  ...range('2025-04-04', '2025-04-06', '清明节'),
  ...range('2025-05-01', '2025-05-05', '劳动节'),
  ['2025-04-27', 'workday', '劳动节调休上班'],
  ...range('2025-05-31', '2025-06-02', '端午节'),
  ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ['2025-09-28', 'workday', '国庆节调休上班'],
  ['2025-10-11', 'workday', '国庆节调休上班'],

  ...range('2026-01-01', '2026-01-03', '元旦'),
  ['2026-01-04', 'workday', '元旦调休上班'],
  ...range('2026-02-15', '2026-02-23', '春节'),
  ['2026-02-14', 'workday', '春节调休上班'],
  ['2026-02-28', 'workday', '春节调休上班'],
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  ['2026-05-09', 'workday', '劳动节调休上班'],
  ...range('2026-06-19', '2026-06-21', '端午节'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  ['2026-09-20', 'workday', '国庆节调休上班'],
  ['2026-10-10', 'workday', '国庆节调休上班'],
];

/** Common local sub-types (domain §3.1), each under exactly one statistical type. */
export const DISPUTE_SUBTYPE_SEED: readonly (readonly [string, readonly string[]])[] = [
  ['marriage_family', ['婚姻', '赡养', '抚养', '扶养', '继承', '家庭财产']],
  ['neighbourhood', ['噪音', '漏水', '采光通风', '通行', '饲养宠物', '相邻关系']],
  ['housing_homestead', ['房屋买卖', '房屋租赁', '宅基地']],
  ['contract', ['借款', '买卖合同', '装修合同', '承揽合同']],
  ['damage_compensation', ['人身损害', '财产损害']],
  ['forest_land', ['土地承包经营权', '山林权属']],
  ['labour', ['劳资（欠薪）', '工伤', '劳动合同解除']],
  ['consumer', ['商品质量', '服务质量', '预付卡']],
  ['medical', ['医患纠纷']],
  ['road_traffic', ['机动车交通事故', '非机动车交通事故']],
  ['property_management', ['物业服务', '物业费', '停车管理']],
  ['other', ['村务管理', '旅游', '金融', '保险', '知识产权', '新业态/灵活就业']],
];
