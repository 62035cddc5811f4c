/**
 * Word lists for the benchmark's case generator: common surnames and given-name characters, Nanjing
 * districts and streets (domain §6.4), and sentence parts per dispute type, so text looks and tokenises
 * like real case files (2–4 character words, names of 2–3 characters).
 */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
export const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国卫东志文斌波辉宁海鹏飞云龙凤林峰燕丹亮婷雪梅琳晨阳浩宇欣怡子涵梓轩佳琪俊杰春生秋菊德福荣庆永兴'.split(
    '',
  );

export const DISTRICTS: readonly { code: string; name: string; streets: readonly string[] }[] = [
  {
    code: '320113',
    name: '栖霞区',
    streets: [
      '尧化街道',
      '马群街道',
      '迈皋桥街道',
      '燕子矶街道',
      '仙林街道',
      '龙潭街道',
      '栖霞街道',
      '八卦洲街道',
      '西岗街道',
    ],
  },
  {
    code: '320116',
    name: '六合区',
    streets: [
      '龙池街道',
      '雄州街道',
      '横梁街道',
      '金牛湖街道',
      '程桥街道',
      '马鞍街道',
      '龙袍街道',
      '冶山街道',
      '竹镇镇',
    ],
  },
  {
    code: '320115',
    name: '江宁区',
    streets: [
      '东山街道',
      '秣陵街道',
      '汤山街道',
      '淳化街道',
      '禄口街道',
      '江宁街道',
      '谷里街道',
      '湖熟街道',
      '横溪街道',
    ],
  },
  {
    code: '320105',
    name: '建邺区',
    streets: ['莫愁湖街道', '沙洲街道', '双闸街道', '江心洲街道', '兴隆街道', '南苑街道'],
  },
];
export const COMMUNITY_SUFFIX = ['社区', '村', '社区', '社区', '村'];
export const COMMUNITY_STEM = [
  '新城',
  '花园',
  '东湖',
  '西岗',
  '金港',
  '仙鹤',
  '青龙',
  '太平',
  '和平',
  '长江',
  '梅园',
  '幸福',
  '明珠',
  '龙王山',
  '石埠桥',
  '化工园',
  '甘家巷',
  '摄山',
  '靖安',
  '新合',
];
export const ROADS = [
  '文澜路',
  '仙林大道',
  '尧新大道',
  '和燕路',
  '栖霞大道',
  '龙蟠路',
  '学海路',
  '马群街',
  '紫东路',
  '金尧路',
];

/** Dispute type → weight (per mille) and summary parts. Weights follow typical bulletins: neighbour and family disputes dominate. */
export const TYPE_PROFILES: Readonly<
  Record<string, { weight: number; title: string; facts: readonly string[]; claims: readonly string[] }>
> = {
  marriage_family: {
    weight: 170,
    title: '婚姻家庭纠纷',
    facts: [
      '夫妻双方因家庭琐事长期争吵',
      '子女对老人赡养费分担意见不一',
      '兄弟姐妹因父母遗产继承发生争执',
      '离婚后子女抚养费支付不及时',
    ],
    claims: ['要求对方按月支付赡养费', '要求分割遗产房屋', '要求支付抚养费', '要求调解家庭矛盾'],
  },
  neighbourhood: {
    weight: 220,
    title: '邻里纠纷',
    facts: [
      '楼上卫生间漏水导致楼下天花板受损',
      '邻居在公共楼道堆放杂物',
      '邻居装修噪音扰民',
      '相邻宅基地排水沟堵塞',
      '邻居饲养犬只夜间吠叫',
    ],
    claims: ['要求赔偿维修费用', '要求清理楼道杂物', '要求停止噪音侵扰', '要求恢复排水'],
  },
  housing_homestead: {
    weight: 60,
    title: '房屋宅基地纠纷',
    facts: ['宅基地界址不清引发争执', '翻建房屋影响邻居采光', '租赁房屋退租押金未退'],
    claims: ['要求确认宅基地界址', '要求退还押金', '要求停止施工'],
  },
  contract: {
    weight: 80,
    title: '合同纠纷',
    facts: ['买卖合同货款未按期支付', '装修合同工程质量存在问题', '借款到期未归还'],
    claims: ['要求支付货款', '要求返工或赔偿', '要求归还借款及利息'],
  },
  production_business: {
    weight: 30,
    title: '生产经营纠纷',
    facts: ['合伙经营利润分配发生分歧', '个体商户摊位占道经营引发争执'],
    claims: ['要求分配利润', '要求停止占道'],
  },
  damage_compensation: {
    weight: 90,
    title: '损害赔偿纠纷',
    facts: ['打架斗殴造成人身损害', '宠物咬伤他人', '高空坠物砸坏车辆'],
    claims: ['要求赔偿医药费和误工费', '要求赔偿车辆维修费'],
  },
  forest_land: {
    weight: 20,
    title: '山林土地纠纷',
    facts: ['承包土地边界发生争议', '林地承包经营权流转纠纷'],
    claims: ['要求确认承包边界', '要求支付流转费用'],
  },
  land_acquisition_demolition: {
    weight: 20,
    title: '征地拆迁纠纷',
    facts: ['拆迁补偿款分配发生争议', '安置房分配不公'],
    claims: ['要求重新分配补偿款', '要求调整安置房'],
  },
  environmental_pollution: {
    weight: 15,
    title: '环境污染纠纷',
    facts: ['餐馆油烟排放影响居民', '工厂粉尘污染农田'],
    claims: ['要求安装净化设备', '要求赔偿农作物损失'],
  },
  labour: {
    weight: 90,
    title: '劳动争议纠纷',
    facts: ['建筑工地拖欠农民工工资', '员工工伤后赔偿未落实', '公司未签订劳动合同'],
    claims: ['要求支付拖欠工资', '要求工伤赔偿', '要求支付经济补偿金'],
  },
  consumer: {
    weight: 40,
    title: '消费纠纷',
    facts: ['预付卡商家跑路无法退款', '购买家电存在质量问题'],
    claims: ['要求退还预付款', '要求退货退款'],
  },
  medical: {
    weight: 15,
    title: '医疗纠纷',
    facts: ['手术后出现并发症', '诊所误诊延误治疗'],
    claims: ['要求赔偿医疗费用', '要求赔礼道歉'],
  },
  road_traffic: {
    weight: 60,
    title: '道路交通事故纠纷',
    facts: ['电动车与行人相撞致人受伤', '小区内车辆剐蹭'],
    claims: ['要求赔偿医疗费', '要求赔偿车辆损失'],
  },
  property_management: {
    weight: 50,
    title: '物业纠纷',
    facts: ['业主拖欠物业费', '物业公司服务不到位', '小区停车位收费争议'],
    claims: ['要求补缴物业费', '要求改善服务', '要求降低停车费'],
  },
  other: {
    weight: 40,
    title: '其他纠纷',
    facts: ['村务公开事项引发村民不满', '因琐事发生口角'],
    claims: ['要求说明情况', '要求调解矛盾'],
  },
};

/** Detailed source → weight (per mille): 申请 ≈ 45%, 主动 ≈ 50%, 委托移送 ≈ 5% (domain §3.2). */
export const SOURCE_WEIGHTS: Readonly<Record<string, number>> = {
  party_application: 380,
  court_guided: 40,
  police_guided: 30,
  committee_initiative: 200,
  screening: 180,
  grid_report: 120,
  police_transfer: 15,
  court_assigned: 10,
  court_entrusted: 5,
  petition_transfer: 5,
  government_assigned: 5,
  hotline_transfer: 10,
};

export const SESSION_PHRASES = [
  '调解员向双方当事人告知了权利义务',
  '申请人陈述了纠纷发生的经过',
  '被申请人对事实基本认可但对金额有异议',
  '调解员结合相关法律规定进行了释法说理',
  '双方各自作出让步',
  '经背靠背调解双方情绪趋于缓和',
  '社区网格员到场协助调解',
  '调解员实地查看了现场情况',
  '双方同意以协议方式解决',
  '当事人表示愿意今后互谅互让',
];
export const CLAUSES = [
  '双方今后和睦相处互不追究',
  '本协议履行完毕后双方再无其他纠纷',
  '如一方违约另一方可申请司法确认',
  '双方自愿达成协议并签字确认',
];
export const OBLIGATIONS = [
  '支付赔偿款',
  '支付维修费用',
  '修复受损部位',
  '支付拖欠工资',
  '退还押金',
  '清理堆放物品',
  '赔礼道歉',
  '支付赡养费',
];
