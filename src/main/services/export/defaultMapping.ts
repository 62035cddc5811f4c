import type { ExportMapping } from '../../../shared/schemas/exportMapping.ts';

/**
 * The minimal dataset of domain §7.5: case code, region, type, source, dates, status, result, amount,
 * risk, persons involved, handling organisation and masked party identifiers. No full ID number,
 * no phone, no address, no free text.
 */
export const DEFAULT_MAPPING: ExportMapping = {
  mappingVersion: 1,
  name: '默认（最少数据）',
  fields: {
    formatVersion: 'formatVersion',
    caseUuid: 'caseUuid',
    version: 'version',
    caseCode: 'caseCode',
    'handlingOrg.name': 'handlingOrg.name',
    'handlingOrg.regionCode': 'handlingOrg.regionCode',
    'region.districtCode': 'region.districtCode',
    'region.street': 'region.street',
    'region.community': 'region.community',
    'region.grid': 'region.grid',
    disputeType: 'disputeType',
    source: 'source',
    status: 'status',
    result: 'result',
    riskLevel: 'riskLevel',
    personsInvolved: 'personsInvolved',
    isGroup: 'isGroup',
    registeredAt: 'registeredAt',
    acceptedOn: 'acceptedOn',
    closedOn: 'closedOn',
    amountFen: 'amountFen',
    'parties[].role': 'parties[].role',
    'parties[].kind': 'parties[].kind',
    'parties[].name': 'parties[].name',
    'parties[].idNumber': 'parties[].idNumber',
    'followUps[].satisfaction': 'followUps[].satisfaction',
    'transfers[].targetKind': 'transfers[].targetKind',
    'transfers[].transferredOn': 'transfers[].transferredOn',
  },
  sensitive: {
    'parties[].name': 'mask',
    'parties[].idNumber': 'mask',
  },
  codeTables: {},
};
