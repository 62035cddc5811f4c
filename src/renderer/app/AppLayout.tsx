import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChartBar,
  IconCloudUpload,
  IconFolders,
  IconHome,
  IconScale,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import type { AppInfo } from '../../shared/types/appInfo.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import { UserMenu } from './UserMenu.tsx';
import { useApiQuery } from '../api/useApi.ts';
import { CaseDetailPage } from '../features/cases/CaseDetailPage.tsx';
import { CaseListPage } from '../features/cases/CaseListPage.tsx';
import { CaseRegisterPage } from '../features/cases/CaseRegisterPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import type { Permission } from '../../shared/api/permissions.ts';
import { roleHasPermission } from '../../shared/api/roles.ts';
import { lazyNamed, LoadedPart } from './lazyNamed.tsx';

// Pages off the front desk's first screen: loaded when first opened (lazyNamed.tsx).
const MediatorsPage = lazyNamed(() => import('../features/mediators/MediatorsPage.tsx'), 'MediatorsPage');
const LedgerImportPage = lazyNamed(
  () => import('../features/ledger/LedgerImportPage.tsx'),
  'LedgerImportPage',
);
const OrganisationsPage = lazyNamed(
  () => import('../features/settings/OrganisationsPage.tsx'),
  'OrganisationsPage',
);
const HolidaysPage = lazyNamed(() => import('../features/settings/HolidaysPage.tsx'), 'HolidaysPage');
const ReplyRulesPage = lazyNamed(() => import('../features/settings/ReplyRulesPage.tsx'), 'ReplyRulesPage');
const SubtypesPage = lazyNamed(() => import('../features/settings/SubtypesPage.tsx'), 'SubtypesPage');
const UserAdminPage = lazyNamed(() => import('../features/users/UserAdminPage.tsx'), 'UserAdminPage');
const AuditLogPage = lazyNamed(() => import('../features/audit/AuditLogPage.tsx'), 'AuditLogPage');
const BackupPage = lazyNamed(() => import('../features/backup/BackupPage.tsx'), 'BackupPage');
const ExportPage = lazyNamed(() => import('../features/export/ExportPage.tsx'), 'ExportPage');
const CaseDocumentsPage = lazyNamed(
  () => import('../features/documents/CaseDocumentsPage.tsx'),
  'CaseDocumentsPage',
);
const TemplateSettingsPage = lazyNamed(
  () => import('../features/documents/TemplateSettingsPage.tsx'),
  'TemplateSettingsPage',
);
const StatsPage = lazyNamed(() => import('../features/stats/StatsPage.tsx'), 'StatsPage');
const LawLibraryPage = lazyNamed(() => import('../features/laws/LawLibraryPage.tsx'), 'LawLibraryPage');
const LawSettingsPage = lazyNamed(() => import('../features/laws/LawSettingsPage.tsx'), 'LawSettingsPage');

interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
  /** Shown only to roles that hold it; the core refuses the calls anyway. */
  readonly permission?: Permission;
}

const NAV: readonly NavItem[] = [
  { path: '/', label: '工作台', icon: <IconHome size={18} /> },
  { path: '/cases', label: '案件', icon: <IconFolders size={18} /> },
  { path: '/laws', label: '法条', icon: <IconScale size={18} />, permission: 'law.read' },
  { path: '/mediators', label: '调解员', icon: <IconUsers size={18} />, permission: 'mediator.read' },
  { path: '/stats', label: '统计', icon: <IconChartBar size={18} />, permission: 'stats.read' },
  { path: '/export', label: '上报', icon: <IconCloudUpload size={18} />, permission: 'export.manage' },
  { path: '/settings', label: '设置', icon: <IconSettings size={18} /> },
];

function isActive(location: string, path: string): boolean {
  return path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
}

export function AppLayout({
  info,
  user,
  transportKind,
}: {
  info: AppInfo;
  user: SessionUser;
  transportKind: 'ipc' | 'http';
}) {
  const [opened, { toggle, close }] = useDisclosure();
  const [location] = useLocation();
  const home = useApiQuery('org.home', {});

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="展开导航" />
            {/* The app's name, not a heading: each page has its own h1. */}
            <Text fw={700} fz="h3">
              调解台
            </Text>
            <Text c="dimmed" size="sm">
              {home.data?.name}
            </Text>
          </Group>
          <Group gap="xs">
            <Text c="dimmed" size="xs">
              版本 {info.version} · {transportKind === 'ipc' ? '桌面版' : '浏览器访问'}
            </Text>
            <SearchBox />
            <UserMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        {NAV.filter((item) => !item.permission || roleHasPermission(user.role, item.permission)).map(
          (item) => (
            <NavLink
              key={item.path}
              component={Link}
              href={item.path}
              label={item.label}
              leftSection={item.icon}
              active={isActive(location, item.path)}
              onClick={close}
            />
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <LoadedPart resetKey={location}>
          <Switch>
            <Route path="/" component={DashboardPage} />
            <Route path="/cases" component={CaseListPage} />
            <Route path="/cases/new" component={CaseRegisterPage} />
            <Route path="/cases/backfill">{() => <CaseRegisterPage backfill />}</Route>
            <Route path="/cases/import" component={LedgerImportPage} />
            <Route path={/^\/cases\/\?/} component={CaseListPage} />
            <Route path="/cases/:id/documents">{(params) => <CaseDocumentsPage id={params.id} />}</Route>
            <Route path="/cases/:id">{(params) => <CaseDetailPage id={params.id} />}</Route>
            <Route path="/mediators">
              <MediatorsPage user={user} />
            </Route>
            <Route path="/stats" component={StatsPage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/laws" component={LawLibraryPage} />
            <Route path="/settings/laws" component={LawSettingsPage} />
            <Route path="/settings">
              <SettingsPage info={info} user={user} />
            </Route>
            <Route path="/settings/users" component={UserAdminPage} />
            <Route path="/settings/audit" component={AuditLogPage} />
            <Route path="/settings/backup" component={BackupPage} />
            <Route path="/export" component={ExportPage} />
            <Route path="/settings/templates" component={TemplateSettingsPage} />
            <Route path="/settings/organisations">{() => <OrganisationsPage user={user} />}</Route>
            <Route path="/settings/holidays">{() => <HolidaysPage user={user} />}</Route>
            <Route path="/settings/replies">{() => <ReplyRulesPage user={user} />}</Route>
            <Route path="/settings/subtypes">{() => <SubtypesPage user={user} />}</Route>
            <Route>
              <Redirect to="/" />
            </Route>
          </Switch>
        </LoadedPart>
      </AppShell.Main>
    </AppShell>
  );
}
