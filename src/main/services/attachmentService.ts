import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { ATTACHMENT_KIND_LABELS } from '../../shared/types/outcomeTaxonomy.ts';
import { insertAttachment } from '../db/queries/attachments.ts';
import { requireCaseRow } from '../db/queries/caseRows.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';
import { storeAttachment } from './attachmentStore.ts';
import { checkCaseAction } from '../../shared/cases/caseStateMachine.ts';
import type { CaseStatus } from '../../shared/types/caseStatus.ts';

export function createAttachmentService(deps: ServiceDeps) {
  return {
    /** Copies the file into the data directory, then records its metadata (never the bytes) on the case. */
    async add(input: ParsedInputOf<'attachment.add'>, actor: string): Promise<CaseDetail> {
      // Refuse before copying anything when the case cannot take attachments (archived, voided).
      checkCaseAction((await requireCaseRow(deps.db, input.caseId)).status as CaseStatus, 'add_attachment');
      const stored = await storeAttachment(
        deps.dataDir,
        input.sourcePath !== undefined
          ? { path: input.sourcePath }
          : { bytes: Buffer.from(input.base64!, 'base64') },
        input.fileName,
      );
      await writeCase(deps, input, 'add_attachment', actor, async (ctx) => {
        let partyId: number | null = null;
        if (input.partyId) {
          const party = await ctx.trx
            .selectFrom('party')
            .select(['id', 'case_id'])
            .where('uuid', '=', input.partyId)
            .executeTakeFirst();
          if (!party || party.case_id !== ctx.row.id) throw invalidField('partyId', '所选当事人不属于本案。');
          partyId = party.id;
        }
        await insertAttachment(ctx.trx, {
          uuid: deps.newId(),
          caseId: ctx.row.id,
          partyId,
          kind: input.kind,
          title: input.title,
          fileName: input.fileName,
          relativePath: stored.relativePath,
          sha256: stored.sha256,
          sizeBytes: stored.sizeBytes,
          mimeType: input.mimeType,
          pages: input.pages ?? null,
          addedAt: ctx.now,
          addedBy: ctx.actor,
        });
        return {
          summary: `添加${ATTACHMENT_KIND_LABELS[input.kind]}“${input.title}”`,
          changes: { fileName: input.fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
        };
      });
      return readCase(deps, input.caseId);
    },
  };
}
