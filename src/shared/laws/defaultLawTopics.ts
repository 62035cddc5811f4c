import type { DisputeType } from '../types/disputeTaxonomy.ts';
import type { ArticleRef } from '../types/laws.ts';

/**
 * The articles mediators usually rely on, per statistical dispute type and per seeded sub-type
 * (migrations/0002_seed.ts), written from the shipped texts (each checked against the article's own
 * words) and domain.md. An administrator can replace any list under 设置 → 法条库; a test checks that
 * every reference resolves to an article of the shipped library.
 */
const CIVIL_CODE = '中华人民共和国民法典';
const MEDIATION_LAW = '中华人民共和国人民调解法';
const LABOUR_CONTRACT_LAW = '中华人民共和国劳动合同法';
const LABOUR_LAW = '中华人民共和国劳动法';
const LABOUR_DISPUTE_LAW = '中华人民共和国劳动争议调解仲裁法';
const WAGE_REGULATION = '保障农民工工资支付条例';
const CONSUMER_LAW = '中华人民共和国消费者权益保护法';
const MEDICAL_REGULATION = '医疗纠纷预防和处理条例';
const ROAD_TRAFFIC_LAW = '中华人民共和国道路交通安全法';
const ROAD_TRAFFIC_REGULATION = '中华人民共和国道路交通安全法实施条例';
const LAND_LAW = '中华人民共和国土地管理法';
const FOREST_LAW = '中华人民共和国森林法';
const LAND_CONTRACT_LAW = '中华人民共和国农村土地承包法';
const LAND_CONTRACT_DISPUTE_LAW = '中华人民共和国农村土地承包经营纠纷调解仲裁法';
const ENVIRONMENT_LAW = '中华人民共和国环境保护法';
const PROPERTY_REGULATION = '物业管理条例';
const REAL_ESTATE_LAW = '中华人民共和国城市房地产管理法';

const refs = (lawTitle: string, ...numbers: number[]): ArticleRef[] =>
  numbers.map((number) => ({ lawTitle, number }));

/** Cited in nearly every agreement: what makes it binding (人民调解法 31) and how to have it confirmed (33). */
export const GENERAL_MEDIATION_ARTICLES: readonly ArticleRef[] = refs(MEDIATION_LAW, 31, 33);

export const DEFAULT_TYPE_ARTICLES: Readonly<Record<DisputeType, readonly ArticleRef[]>> = {
  // 家庭美德, 夫妻扶养, 抚养/赡养, 离婚调解, 离婚财产
  marriage_family: refs(CIVIL_CODE, 1043, 1059, 1067, 1079, 1087),
  // 相邻关系: 原则, 用水排水, 通行, 通风采光, 噪声等, 避免损害; 过错责任
  neighbourhood: refs(CIVIL_CODE, 288, 290, 291, 293, 294, 296, 1165),
  // 宅基地使用权 (民法典 362, 363), 一户一宅 (土地管理法 62), 权属争议协商 (14)
  housing_homestead: [...refs(CIVIL_CODE, 362, 363, 703, 721), ...refs(LAND_LAW, 14, 62)],
  // 依法成立受保护, 全面履行, 违约责任, 损失赔偿
  contract: refs(CIVIL_CODE, 465, 509, 577, 584),
  production_business: refs(CIVIL_CODE, 465, 509, 577, 584),
  // 过错责任, 人身损害赔偿范围, 财产损失计算, 过失相抵
  damage_compensation: refs(CIVIL_CODE, 1165, 1173, 1179, 1184),
  // 土地承包经营纠纷的协商调解, 土地/林地权属争议
  forest_land: [
    ...refs(LAND_CONTRACT_LAW, 55),
    ...refs(LAND_CONTRACT_DISPUTE_LAW, 3),
    ...refs(FOREST_LAW, 22),
    ...refs(LAND_LAW, 14),
  ],
  // 征收程序与公平合理补偿
  land_acquisition_demolition: refs(LAND_LAW, 47, 48),
  // 污染环境侵权责任, 举证责任; 环境保护法的指引条款
  environmental_pollution: [...refs(CIVIL_CODE, 1229, 1230), ...refs(ENVIRONMENT_LAW, 42, 64)],
  // 及时足额支付劳动报酬, 经济补偿; 工资按月支付; 调解组织与调解协议
  labour: [
    ...refs(LABOUR_CONTRACT_LAW, 30, 38, 46, 47),
    ...refs(LABOUR_LAW, 50, 77),
    ...refs(LABOUR_DISPUTE_LAW, 10, 14),
  ],
  // 退货更换修理, 销售者先行赔偿, 欺诈三倍, 预收款
  consumer: refs(CONSUMER_LAW, 24, 40, 53, 55),
  // 医疗损害过错责任, 告知同意; 解决途径, 医疗纠纷人民调解
  medical: [...refs(CIVIL_CODE, 1218, 1219), ...refs(MEDICAL_REGULATION, 22, 31, 33)],
  // 机动车交通事故责任, 保险赔付顺序; 赔偿责任划分, 调解
  road_traffic: [
    ...refs(CIVIL_CODE, 1208, 1213),
    ...refs(ROAD_TRAFFIC_LAW, 74, 76),
    ...refs(ROAD_TRAFFIC_REGULATION, 94),
  ],
  // 物业服务合同, 物业服务人义务, 业主交费; 条例的对应条款
  property_management: [...refs(CIVIL_CODE, 937, 942, 944, 286), ...refs(PROPERTY_REGULATION, 7, 35, 41)],
  other: [...GENERAL_MEDIATION_ARTICLES],
};

/** Sub-types (by their seeded name) with articles more specific than their type's. */
export const DEFAULT_SUBTYPE_ARTICLES: Readonly<Record<string, readonly ArticleRef[]>> = {
  // 婚姻家庭
  婚姻: refs(CIVIL_CODE, 1059, 1076, 1079, 1087, 1091),
  赡养: refs(CIVIL_CODE, 1043, 1067, 1074),
  抚养: refs(CIVIL_CODE, 1067, 1068, 1084),
  扶养: refs(CIVIL_CODE, 1059),
  继承: refs(CIVIL_CODE, 1123, 1127, 1130, 1132, 1141),
  家庭财产: refs(CIVIL_CODE, 1087),
  // 邻里
  噪音: refs(CIVIL_CODE, 288, 294, 1165),
  漏水: refs(CIVIL_CODE, 288, 290, 296, 1165, 1184),
  采光通风: refs(CIVIL_CODE, 288, 293),
  通行: refs(CIVIL_CODE, 288, 291),
  饲养宠物: refs(CIVIL_CODE, 1245, 1179),
  相邻关系: refs(CIVIL_CODE, 288, 289, 296),
  // 房屋宅基地
  房屋买卖: [...refs(CIVIL_CODE, 595, 617, 577), ...refs(REAL_ESTATE_LAW, 38)],
  房屋租赁: [...refs(CIVIL_CODE, 703, 721, 722), ...refs(REAL_ESTATE_LAW, 53)],
  宅基地: [...refs(CIVIL_CODE, 362, 363), ...refs(LAND_LAW, 62, 14)],
  // 合同
  借款: refs(CIVIL_CODE, 667, 675, 676, 680),
  买卖合同: refs(CIVIL_CODE, 595, 617, 577),
  装修合同: refs(CIVIL_CODE, 770, 781, 577),
  承揽合同: refs(CIVIL_CODE, 770, 781, 577),
  // 损害赔偿
  人身损害: refs(CIVIL_CODE, 1165, 1179, 1183, 1173),
  财产损害: refs(CIVIL_CODE, 1165, 1184, 1182),
  // 山林土地
  土地承包经营权: [...refs(LAND_CONTRACT_LAW, 55, 57), ...refs(LAND_CONTRACT_DISPUTE_LAW, 3, 4)],
  山林权属: [...refs(FOREST_LAW, 22), ...refs(LAND_LAW, 14)],
  // 劳动
  '劳资（欠薪）': [
    ...refs(LABOUR_CONTRACT_LAW, 30, 85),
    ...refs(WAGE_REGULATION, 3, 11, 12, 29, 30),
    ...refs(LABOUR_LAW, 50),
  ],
  工伤: [...refs(LABOUR_DISPUTE_LAW, 10, 14, 16), ...refs(CIVIL_CODE, 1191, 1192)],
  劳动合同解除: refs(LABOUR_CONTRACT_LAW, 38, 46, 47, 82),
  // 消费
  商品质量: refs(CONSUMER_LAW, 24, 40, 48, 55),
  服务质量: refs(CONSUMER_LAW, 24, 40, 48),
  预付卡: refs(CONSUMER_LAW, 53, 55),
  // 医疗
  医患纠纷: [...refs(CIVIL_CODE, 1218, 1219), ...refs(MEDICAL_REGULATION, 22, 23, 31, 36)],
  // 道路交通
  机动车交通事故: [...refs(CIVIL_CODE, 1208, 1213), ...refs(ROAD_TRAFFIC_LAW, 74, 76)],
  非机动车交通事故: [...refs(CIVIL_CODE, 1165, 1179), ...refs(ROAD_TRAFFIC_LAW, 74, 76)],
  // 物业
  物业服务: [...refs(CIVIL_CODE, 937, 942), ...refs(PROPERTY_REGULATION, 35, 46)],
  物业费: [...refs(CIVIL_CODE, 944), ...refs(PROPERTY_REGULATION, 7, 41)],
  停车管理: refs(CIVIL_CODE, 274, 275, 276, 942),
};
