import { describe, expect, it } from 'vitest';
import {
  looksLikeIdNumber,
  maskAddress,
  maskPersonalData,
  maskPersonalDataInText,
} from '../../../src/shared/format/maskPersonalData.ts';

const H = '（详细地址已隐去）';

describe('maskAddress keeps 省/市/区县 + 街道/乡镇 and never the detail', () => {
  it.each([
    // Nanjing: districts, 街道 (some named after roads), towns
    ['南京市栖霞区尧化街道尧新花园12栋302室', `南京市栖霞区尧化街道${H}`],
    ['南京市玄武区人民路215号乡镇企业局宿舍', `南京市玄武区${H}`],
    ['南京市鼓楼区湖南路街道马台街99号', `南京市鼓楼区湖南路街道${H}`],
    ['南京市鼓楼区宁海路街道北京西路1号', `南京市鼓楼区宁海路街道${H}`],
    ['南京市秦淮区夫子庙街道贡院街152号', `南京市秦淮区夫子庙街道${H}`],
    ['南京市秦淮区洪武路街道洪武路268号', `南京市秦淮区洪武路街道${H}`],
    ['南京市玄武区梅园新村街道长江路292号', `南京市玄武区梅园新村街道${H}`],
    ['南京市玄武区新街口街道中山路18号', `南京市玄武区新街口街道${H}`],
    ['南京市建邺区兴隆街道江东中路222号', `南京市建邺区兴隆街道${H}`],
    ['南京市江宁区汤山街道温泉路8号', `南京市江宁区汤山街道${H}`],
    ['南京市江宁区淳化街道青龙社区45号', `南京市江宁区淳化街道${H}`],
    ['南京市溧水区永阳街道中大街1号', `南京市溧水区永阳街道${H}`],
    ['南京市溧水区白马镇石头寨村8组', `南京市溧水区白马镇${H}`],
    ['南京市高淳区桠溪镇大山村21号', `南京市高淳区桠溪镇${H}`],
    ['南京市浦口区星甸街道后圩村12号', `南京市浦口区星甸街道${H}`],
    ['南京市六合区竹镇镇大泉村5号', `南京市六合区竹镇镇${H}`],
    ['南京市六合区冶山街道东王社区', `南京市六合区冶山街道${H}`],
    ['江苏省南京市雨花台区铁心桥街道春江路1号', `江苏省南京市雨花台区铁心桥街道${H}`],
    ['南京市栖霞区尧化门社区12栋401', `南京市栖霞区${H}`],
    ['南京市城市花园小区3栋', `南京市${H}`],
    ['南京市栖霞区尧化街道', '南京市栖霞区尧化街道'],
    // 镇江市 and other cities whose names hold 镇/乡/区/市 characters
    ['江苏省镇江市京口区正东路街道学府路301号', `江苏省镇江市京口区正东路街道${H}`],
    ['镇江市丹徒区辛丰镇辛丰村10号', `镇江市丹徒区辛丰镇${H}`],
    ['江苏省镇江市句容市华阳街道华阳北路1号', `江苏省镇江市句容市华阳街道${H}`],
    // county-level cities under a prefecture
    ['江苏省苏州市昆山市玉山镇人民路1号', `江苏省苏州市昆山市玉山镇${H}`],
    ['江苏省无锡市江阴市澄江街道虹桥北路201号', `江苏省无锡市江阴市澄江街道${H}`],
    ['江苏省常州市溧阳市溧城街道燕山路5号', `江苏省常州市溧阳市溧城街道${H}`],
    ['安徽省滁州市天长市天长街道千秋路66号', `安徽省滁州市天长市天长街道${H}`],
    ['安徽省马鞍山市和县历阳镇陋室路8号', `安徽省马鞍山市和县历阳镇${H}`],
    ['湖北省仙桃市沙嘴街道仙桃大道12号', `湖北省仙桃市沙嘴街道${H}`],
    // municipalities, autonomous regions and prefectures
    ['北京市朝阳区建外街道建国路88号', `北京市朝阳区建外街道${H}`],
    ['北京市海淀区中关村大街27号', `北京市海淀区${H}`],
    ['上海市浦东新区陆家嘴街道世纪大道100号', `上海市浦东新区陆家嘴街道${H}`],
    ['重庆市万州区高笋塘街道白岩路1号', `重庆市万州区高笋塘街道${H}`],
    ['广西壮族自治区南宁市青秀区新竹街道民族大道100号', `广西壮族自治区南宁市青秀区新竹街道${H}`],
    ['新疆维吾尔自治区乌鲁木齐市天山区解放北路1号', `新疆维吾尔自治区乌鲁木齐市天山区${H}`],
    ['湖南省湘西土家族苗族自治州吉首市乾州街道世纪大道1号', `湖南省湘西土家族苗族自治州吉首市乾州街道${H}`],
    ['浙江省杭州市西湖区灵隐街道龙井路1号', `浙江省杭州市西湖区灵隐街道${H}`],
    ['广东省深圳市南山区粤海街道科技园路1号', `广东省深圳市南山区粤海街道${H}`],
  ])('%s', (address, expected) => {
    expect(maskAddress(address)).toBe(expected);
  });

  it('has nothing to keep in an address without administrative units', () => {
    expect(maskAddress('尧新大道88号')).toBe('（地址已隐去）');
    expect(maskAddress('12栋302室')).toBe('（地址已隐去）');
  });

  it('never keeps a house number', () => {
    for (const address of [
      '南京市玄武区人民路215号乡镇企业局宿舍',
      '南京市栖霞区尧化街道尧新花园12栋302室',
    ]) {
      expect(maskAddress(address)).not.toMatch(/\d/);
    }
  });
});

describe('ID numbers and mobiles inside free text', () => {
  it('knows an ID number by its check digit or (15 digits) its birth date', () => {
    expect(looksLikeIdNumber('320113196803124015')).toBe(true);
    expect(looksLikeIdNumber('320113196803124016')).toBe(false);
    expect(looksLikeIdNumber('11010519491231002X')).toBe(true);
    expect(looksLikeIdNumber('320113680312401')).toBe(true);
    expect(looksLikeIdNumber('320113681332401')).toBe(false);
  });

  it.each([
    ['申请人张建国（身份证320113196803124015）称', '申请人张建国（身份证320113********4015）称'],
    ['身份证号：11010519491231002X。', '身份证号：110105********002X。'],
    ['老身份证320113680312401', '老身份证320113*****2401'],
    ['电话13851234567，请回电', '电话138****4567，请回电'],
    ['手机 138 5123 4567', '手机 138****4567'],
    ['+86 138-5123-4567', '+86 138****4567'],
    ['微信同手机号13913456789', '微信同手机号139****6789'],
  ])('%s', (text, expected) => {
    expect(maskPersonalDataInText(text)).toBe(expected);
  });

  it.each([
    ['an invalid check digit', '编号320113196803124016'],
    ['a case number', '（2026）栖尧人调字第12号'],
    ['a uuid', '3f1c2a9e-5b7d-4e21-9c3a-138512345678'],
    ['a hash', 'ab13851234567cd'],
    ['an amount', '赔偿35600元'],
    ['a landline', '025-84561234'],
  ])('leaves %s alone', (_name, text) => {
    expect(maskPersonalDataInText(text)).toBe(text);
  });

  it('maskPersonalData masks free text, contacts of kind other and text lists only when asked', () => {
    const value = {
      summary: '张建国（320113196803124015，13851234567）',
      requests: ['向13851234567转账'],
      contacts: [{ kind: 'other', value: '微信 13851234567' }],
      id: '320113196803124015',
    };
    const masked = maskPersonalData(value, { addresses: true, freeText: true });
    expect(masked).toEqual({
      summary: '张建国（320113********4015，138****4567）',
      requests: ['向138****4567转账'],
      contacts: [{ kind: 'other', value: '微信 138****4567' }],
      id: '320113196803124015',
    });
    expect(maskPersonalData(value, { addresses: true })).toEqual(value);
  });
});
