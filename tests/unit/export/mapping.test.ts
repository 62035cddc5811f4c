import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { applyMapping } from '../../../src/main/services/export/applyMapping.ts';
import { DEFAULT_MAPPING } from '../../../src/main/services/export/defaultMapping.ts';
import {
  maskAddress,
  maskIdNumber,
  maskName,
  maskPhone,
  saltedHash,
} from '../../../src/main/services/export/masking.ts';
import { parseMappingText } from '../../../src/main/services/export/exportService.ts';
import { AppError } from '../../../src/shared/errors.ts';
import type { CityRecordV1 } from '../../../src/shared/types/cityExport.ts';
import { callApi, mustCall } from '../../helpers/testCore.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import {
  EXPORT_NOW,
  ID_MAN,
  PHONE,
  acceptTerminateClose,
  openExportCore,
  registerCase,
  setUp,
} from './exportKit.ts';

const RECORD: CityRecordV1 = {
  formatVersion: 1,
  caseUuid: 'c0ffee00-0000-4000-8000-000000000001',
  version: 4,
  caseCode: '栖尧〔2026〕1号',
  handlingOrg: { uuid: 'o1', name: '尧化街道人民调解委员会', regionCode: '320113' },
  region: { districtCode: '320113', street: '尧化街道', community: '尧化门社区', grid: null },
  address: '尧化街道尧化门社区12栋3单元401',
  summary: '张建国（身份证 320113198001010015）与李卫东因漏水纠纷。',
  disputeType: 'neighbourhood',
  source: 'party_application',
  status: 'closed',
  result: 'terminated',
  riskLevel: null,
  personsInvolved: 2,
  isGroup: false,
  registeredAt: EXPORT_NOW,
  acceptedOn: '2026-03-02',
  closedOn: '2026-03-02',
  dueDate: null,
  amountFen: null,
  parties: [
    {
      uuid: 'p1',
      role: 'applicant',
      kind: 'natural',
      name: '张建国',
      sex: '男',
      idType: 'resident_id',
      idNumber: ID_MAN,
      phones: [PHONE],
      address: '尧化街道尧化门社区12栋',
    },
    {
      uuid: 'p2',
      role: 'respondent',
      kind: 'natural',
      name: '欧阳春晓',
      sex: null,
      idType: null,
      idNumber: null,
      phones: [],
      address: null,
    },
  ],
  sessions: [],
  agreement: null,
  followUps: [],
  transfers: [],
  replyDueOn: null,
  replies: [],
};

describe('mapping and masking', () => {
  it('masks per domain §7.5', () => {
    expect(maskIdNumber(ID_MAN)).toBe('320***********0015');
    expect(maskPhone(PHONE)).toBe('138****5678');
    expect(maskName('张建国')).toBe('张**');
    expect(maskName('欧阳春晓')).toBe('欧阳**');
    expect(maskAddress('尧化街道尧化门社区12栋3单元401')).toBe('尧化街道');
    expect(maskAddress('南京市玄武区人民路215号乡镇企业局宿舍')).toBe('南京市玄武区');
    expect(maskAddress('江苏省镇江市京口区正东路街道学府路301号')).toBe('江苏省镇江市京口区正东路街道');
  });

  it('the default mapping sends the minimum: no full ID number, phone, address or free text', () => {
    const out = applyMapping(RECORD, DEFAULT_MAPPING, 'salt');
    const text = JSON.stringify(out);
    expect(text).not.toContain(ID_MAN);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('12栋');
    expect(text).not.toContain('漏水');
    expect(out).toMatchObject({
      caseCode: '栖尧〔2026〕1号',
      result: 'terminated',
      parties: [
        { role: 'applicant', name: '张**', idNumber: '320***********0015' },
        { role: 'respondent', name: '欧阳**', idNumber: null },
      ],
    });
  });

  it('renames, recodes and hashes as a loaded mapping says', () => {
    const mapping = parseMappingText(
      JSON.stringify({
        mappingVersion: 1,
        name: '市平台 2026 版',
        fields: {
          caseUuid: 'ajbs',
          disputeType: 'jflx',
          'region.districtCode': 'xzqh',
          'parties[].idNumber': 'dsr[].zjhm',
          'parties[].phones': 'dsr[].lxdh',
          'parties[].name': 'dsr[].xm',
        },
        sensitive: { 'parties[].idNumber': 'hash', 'parties[].phones': 'mask', 'parties[].name': 'omit' },
        codeTables: { disputeType: { neighbourhood: '0101' }, region: { '320113': '3201130000' } },
      }),
    );
    const out = applyMapping(RECORD, mapping, 'installation-salt');
    expect(out).toEqual({
      ajbs: RECORD.caseUuid,
      jflx: '0101',
      xzqh: '3201130000',
      dsr: [
        { zjhm: saltedHash('installation-salt', ID_MAN), lxdh: ['138****5678'] },
        { zjhm: null, lxdh: [] },
      ],
    });
    expect(JSON.stringify(out)).not.toContain(ID_MAN);
  });

  it('refuses a bad mapping file with coded Chinese errors', () => {
    const problems = (text: string): { reason: unknown; message: string } => {
      try {
        parseMappingText(text);
      } catch (error) {
        if (error instanceof AppError) return { reason: error.details?.reason, message: error.message };
      }
      throw new Error('accepted');
    };
    expect(problems('{not json').reason).toBe('EXPORT_MAPPING_NOT_JSON');
    const unsafe = problems(
      JSON.stringify({ mappingVersion: 1, name: 'x', fields: { 'parties[].idNumber': 'id[].n' } }),
    );
    expect(unsafe.reason).toBe('EXPORT_MAPPING_INVALID');
    expect(unsafe.message).toContain('必须在 sensitive 中写明处理方式');
    expect(
      problems(JSON.stringify({ mappingVersion: 1, name: 'x', fields: { nosuch: 'a' } })).message,
    ).toContain('记录中没有字段“nosuch”');
    expect(
      problems(JSON.stringify({ mappingVersion: 1, name: 'x', fields: { 'parties[].role': 'role' } }))
        .message,
    ).toContain('目标也必须写成');
    expect(
      problems(JSON.stringify({ mappingVersion: 2, name: 'x', fields: { caseUuid: 'a' } })).message,
    ).toContain('mappingVersion');
  });
});

describe('file export and mapping upload through the API', () => {
  let dir: string;
  let core: Core;
  let token: string;

  beforeEach(async () => {
    dir = makeTempDir('mediation-export-file-');
    core = await openExportCore(dir, fixedClock(EXPORT_NOW));
    token = await setUp(core);
  });
  afterEach(async () => {
    await core.close();
    removeTempDir(dir);
  });

  it('exports the period as JSON Lines and .xlsx with the current mapping, and only an administrator may', async () => {
    const c = await registerCase(core, token);
    await acceptTerminateClose(core, token, c);
    await registerCase(core, token, '第二件');

    const jsonl = await mustCall(
      core,
      'export.exportFile',
      { from: '2026-03-01', to: '2026-03-02', format: 'jsonl' },
      token,
    );
    expect(jsonl.recordCount).toBe(2);
    const lines = Buffer.from(jsonl.base64, 'base64')
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.caseUuid)).toContain(c.id);
    expect(JSON.stringify(lines)).not.toContain(ID_MAN);
    const empty = await mustCall(
      core,
      'export.exportFile',
      { from: '2026-04-01', to: '2026-04-30', format: 'jsonl' },
      token,
    );
    expect(empty.recordCount).toBe(0);

    const bad = await callApi(core, 'export.loadMapping', { text: '{"mappingVersion":1}' }, token);
    expect(bad.ok ? null : bad.error.details?.reason).toBe('EXPORT_MAPPING_INVALID');
    await mustCall(
      core,
      'export.loadMapping',
      {
        text: JSON.stringify({
          mappingVersion: 1,
          name: '按编号',
          fields: { caseUuid: 'ajbs', status: 'zt' },
          codeTables: { status: { closed: '09' } },
        }),
      },
      token,
    );
    const xlsx = await mustCall(
      core,
      'export.exportFile',
      { from: '2026-03-01', to: '2026-03-02', format: 'xlsx' },
      token,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('上报记录')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'ajbs', 'zt']);
    const statuses = [sheet.getRow(2).getCell(2).value, sheet.getRow(3).getCell(2).value];
    expect(statuses).toContain('09');
    expect((await mustCall(core, 'export.settings', {}, token)).mappingName).toBe('按编号');
    await mustCall(core, 'export.resetMapping', {}, token);
    expect((await mustCall(core, 'export.mapping', {}, token)).isDefault).toBe(true);

    const intake = await mustCall(
      core,
      'user.create',
      { username: 'clerk', displayName: '受理员', role: 'intake', password: 'Initial123' },
      token,
    );
    expect(intake).toBeTruthy();
    const login = await mustCall(core, 'auth.login', { username: 'clerk', password: 'Initial123' });
    await mustCall(
      core,
      'auth.changePassword',
      { currentPassword: 'Initial123', newPassword: 'Changed456' },
      login.sessionToken!,
    );
    const denied = await callApi(
      core,
      'export.exportFile',
      { from: '2026-03-01', to: '2026-03-02', format: 'jsonl' },
      login.sessionToken!,
    );
    expect(denied.ok ? null : denied.error.code).toBe('PERMISSION_DENIED');
  });
});
