import { Table, Text, UnstyledButton } from '@mantine/core';
import type { StatsReport } from '../../../shared/types/stats.ts';

const LEVEL: Record<string, string> = {
  village: '村（居）',
  town: '乡镇（街道）',
  district: '区县',
  city: '市',
};

/** Table B (预防与排查) and table C (组织队伍、调解员). */
export function TeamTables({
  report,
  onOrganisation,
  onMediator,
}: {
  report: StatsReport;
  onOrganisation: (id: string, name: string, column: 'accepted' | 'success') => void;
  onMediator: (id: string, name: string, column: 'accepted' | 'success') => void;
}) {
  const link = (value: number, label: string, onClick: () => void) => (
    <UnstyledButton fz="xs" c="blue.7" onClick={onClick} aria-label={`${label}：${value}`}>
      {value}
    </UnstyledButton>
  );
  const p = report.prevention;
  return (
    <>
      <Text fw={600}>表二 预防与排查（单位：次、件、人）</Text>
      <Table withTableBorder withColumnBorders fz="xs" className="stats-table" data-testid="prevention-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2}>排查次数</Table.Th>
            <Table.Th rowSpan={2}>排查发现纠纷数</Table.Th>
            <Table.Th rowSpan={2}>排查发现并受理的案件数</Table.Th>
            {p.prevented.map((k) => (
              <Table.Th key={k.kind} colSpan={2} ta="center">
                {k.label}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {p.prevented.flatMap((k) => [
              <Table.Th key={`${k.kind}c`}>件</Table.Th>,
              <Table.Th key={`${k.kind}p`}>人</Table.Th>,
            ])}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td ta="center">{p.screenings}</Table.Td>
            <Table.Td ta="center">{p.disputesFound}</Table.Td>
            <Table.Td ta="center">{p.casesFromScreening}</Table.Td>
            {p.prevented.flatMap((k) => [
              <Table.Td key={`${k.kind}c`} ta="center">
                {k.cases}
              </Table.Td>,
              <Table.Td key={`${k.kind}p`} ta="center">
                {k.persons}
              </Table.Td>,
            ])}
          </Table.Tr>
        </Table.Tbody>
      </Table>

      <Text fw={600}>表三 组织队伍与调解员</Text>
      <Table withTableBorder withColumnBorders fz="xs" className="stats-table" data-testid="team-table">
        <Table.Thead>
          <Table.Tr>
            {['调解组织', '层级', '调解员', '其中：专职', '受理数', '调解成功数'].map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.organisations.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{o.name}</Table.Td>
              <Table.Td>{LEVEL[o.level] ?? o.level}</Table.Td>
              <Table.Td ta="center">{o.mediators}</Table.Td>
              <Table.Td ta="center">{o.fullTimeMediators}</Table.Td>
              <Table.Td ta="center">
                {link(o.accepted, `${o.name}受理数`, () => onOrganisation(o.id, o.name, 'accepted'))}
              </Table.Td>
              <Table.Td ta="center">
                {link(o.success, `${o.name}调解成功数`, () => onOrganisation(o.id, o.name, 'success'))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Table withTableBorder withColumnBorders fz="xs" className="stats-table">
        <Table.Thead>
          <Table.Tr>
            {['调解员', '所属组织', '专职/兼职', '主办受理数', '调解成功数', '30日内办结数'].map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.mediators.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.name}</Table.Td>
              <Table.Td>{m.organisationName}</Table.Td>
              <Table.Td>{m.fullTime ? '专职' : '兼职'}</Table.Td>
              <Table.Td ta="center">
                {link(m.accepted, `${m.name}主办受理数`, () => onMediator(m.id, m.name, 'accepted'))}
              </Table.Td>
              <Table.Td ta="center">
                {link(m.success, `${m.name}调解成功数`, () => onMediator(m.id, m.name, 'success'))}
              </Table.Td>
              <Table.Td ta="center">{m.within30}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
