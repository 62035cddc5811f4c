import type { ParsedInputOf, ResultOf } from '../../shared/api/contract.ts';
import { rowToSessionUser } from '../db/queries/users.ts';
import type { AuthService } from './authService.ts';
import type { OrganisationService } from './organisationService.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import type { UserService } from './userService.ts';

/**
 * First run: the organisation and its first administrator in one transaction, and the
 * administrator logged in, so nobody is ever left with an organisation and no way to log in.
 */
export function createSetupService(
  { inTransaction }: ServiceDeps,
  parts: { organisations: OrganisationService; users: UserService; auth: AuthService },
) {
  return {
    async run(input: ParsedInputOf<'org.setup'>): Promise<ResultOf<'org.setup'>> {
      return inTransaction(async () => {
        const organisation = await parts.organisations.setup(input);
        const admin = await parts.users.create({ ...input.admin, role: 'admin' }, false);
        const sessionToken = await parts.auth.startSession(admin);
        return { organisation, user: rowToSessionUser(admin), sessionToken };
      });
    },
  };
}
