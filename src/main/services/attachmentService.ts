import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { ATTACHMENT_KIND_LABELS } from '../../shared/types/outcomeTaxonomy.ts';
import { insertAttachment } from '../db/queries/attachments.ts';
import type { UploadStore } from '../files/uploadStore.ts';
import { hashToken } from './authService.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';
import { attachmentPath, placeAttachment } from './attachmentStore.ts';

export function createAttachmentService(deps: ServiceDeps, uploads: UploadStore) {
  return {
    /**
     * Records an uploaded file on the case. The upload (this session's, used once) is moved into the
     * attachments folder only after the case write has passed every check, inside the call's
     * transaction; a refused call (stale version, archived case, foreign party) keeps nothing.
     */
    async add(
      input: ParsedInputOf<'attachment.add'>,
      actor: string,
      sessionToken: string | undefined,
    ): Promise<CaseDetail> {
      const upload = uploads.take(input.uploadId, sessionToken ? hashToken(sessionToken) : '');
      try {
        const relativePath = attachmentPath(upload.sha256, input.fileName);
        await writeCase(deps, input, 'add_attachment', actor, async (ctx) => {
          let partyId: number | null = null;
          if (input.partyId) {
            const party = await ctx.trx
              .selectFrom('party')
              .select(['id', 'case_id'])
              .where('uuid', '=', input.partyId)
              .executeTakeFirst();
            if (!party || party.case_id !== ctx.row.id)
              throw invalidField('partyId', '所选当事人不属于本案。');
            partyId = party.id;
          }
          await insertAttachment(ctx.trx, {
            uuid: deps.newId(),
            caseId: ctx.row.id,
            partyId,
            kind: input.kind,
            title: input.title,
            fileName: input.fileName,
            relativePath,
            sha256: upload.sha256,
            sizeBytes: upload.sizeBytes,
            mimeType: input.mimeType,
            pages: input.pages ?? null,
            addedAt: ctx.now,
            addedBy: ctx.actor,
          });
          return {
            summary: `添加${ATTACHMENT_KIND_LABELS[input.kind]}“${input.title}”`,
            changes: { fileName: input.fileName, sha256: upload.sha256, sizeBytes: upload.sizeBytes },
          };
        });
        placeAttachment(deps.dataDir, upload, relativePath);
      } finally {
        uploads.discard(upload);
      }
      return readCase(deps, input.caseId);
    },
  };
}
