import { afterEach, beforeEach, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { callApi, loginAs, mustCall, openTestCore, setUpAsAdmin } from '../../helpers/testCore.ts';
import type { Core } from '../../../src/main/core/createCore.ts';

let dir: string;
let core: Core;
let admin: string;
beforeEach(async () => {
  dir = makeTempDir('mediation-views-');
  core = await openTestCore(dir);
  admin = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

const register = (title: string, disputeType: 'neighbourhood' | 'labour') =>
  mustCall(
    core,
    'case.create',
    {
      title,
      summary: '纠纷情况',
      disputeType,
      source: 'party_application',
      parties: [{ role: 'applicant', name: '张三' }],
    },
    admin,
  );

test('saved views belong to their user; saving under the same name replaces the filters', async () => {
  const clerk = await loginAs(core, admin, 'intake', 'clerk');
  await mustCall(core, 'view.save', { name: '邻里纠纷', filters: { disputeType: 'neighbourhood' } }, admin);
  const saved = await mustCall(
    core,
    'view.save',
    { name: '邻里纠纷', filters: { disputeType: 'neighbourhood', statuses: ['registered'] } },
    admin,
  );
  expect(saved.filters).toEqual({
    disputeType: 'neighbourhood',
    statuses: ['registered'],
    sort: 'registeredAt',
    direction: 'desc',
  });
  expect((await mustCall(core, 'view.list', {}, admin)).map((v) => v.name)).toEqual(['邻里纠纷']);
  expect(await mustCall(core, 'view.list', {}, clerk)).toEqual([]);
  // Another user cannot delete it.
  const denied = await callApi(core, 'view.delete', { id: saved.id }, clerk);
  expect(denied.ok ? null : denied.error.code).toBe('NOT_FOUND');
  await mustCall(core, 'view.delete', { id: saved.id }, admin);
  expect(await mustCall(core, 'view.list', {}, admin)).toEqual([]);
  const blank = await callApi(core, 'view.save', { name: ' ', filters: {} }, admin);
  expect(blank.ok ? null : blank.error.message).toBe('请填写视图名称');
});

test('the current list exports to .xlsx with the same filter', async () => {
  await register('张三与李四邻里纠纷', 'neighbourhood');
  await register('王五欠薪纠纷', 'labour');
  await register('赵六与钱七邻里纠纷', 'neighbourhood');
  const file = await mustCall(
    core,
    'view.exportCaseList',
    { filters: { disputeType: 'neighbourhood' } },
    admin,
  );
  expect(file.fileName).toMatch(/^案件列表-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('案件列表')!;
  expect(String(sheet.getCell('A1').value)).toContain('共 2 件');
  expect(sheet.getCell('B2').value).toBe('案件名称');
  const titles = [sheet.getCell('B3').value, sheet.getCell('B4').value].sort();
  expect(titles).toEqual(['张三与李四邻里纠纷', '赵六与钱七邻里纠纷']);
  expect(sheet.getCell('B5').value).toBeNull();
  expect(sheet.getCell('D3').value).toBe('邻里纠纷');
  // The file leaves the program with party names in it: the export is in the audit log.
  const log = await mustCall(core, 'audit.list', { method: 'view.exportCaseList' }, admin);
  expect(log.total).toBe(1);
  expect(log.rows[0]?.detail['input']).toMatchObject({ filters: { disputeType: 'neighbourhood' } });
});
