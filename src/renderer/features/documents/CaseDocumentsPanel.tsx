import { Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseDocumentInfo } from '../../../shared/types/documents.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { downloadFile } from './documentFiles.ts';
import { DocumentVersionsTable } from './DocumentVersionsTable.tsx';
import { DossierSection } from './DossierSection.tsx';
import { GenerateDocumentForm } from './GenerateDocumentForm.tsx';
import { lazyNamed, LoadedPart } from '../../app/lazyNamed.tsx';

// The preview (docx-preview) loads when a document is first opened, not with the case page.
const DocumentViewer = lazyNamed(() => import('./DocumentViewer.tsx'), 'DocumentViewer');

/**
 * 文书 of one case: generate (正式/草稿, blank forms), every recorded version, preview with print and
 * save, and the dossier. Self-contained so the case page can embed it as its 文书 tab.
 */
export function CaseDocumentsPanel({ caseId }: { caseId: string }) {
  const client = useApiClient();
  const templates = useApiQuery('document.templates', {});
  const documents = useApiQuery('document.list', { caseId });
  const detail = useApiQuery('case.get', { id: caseId });
  const [selected, setSelected] = useState<CaseDocumentInfo | null>(null);

  async function download(document: CaseDocumentInfo): Promise<void> {
    try {
      downloadFile(await client.call('document.download', { documentId: document.id }));
    } catch (error) {
      showApiError(error, '下载没有完成');
    }
  }

  if (templates.isPending || documents.isPending) return <Loader />;
  if (templates.error || documents.error) {
    return <Text c="red">{(templates.error ?? documents.error)?.message}</Text>;
  }
  return (
    <Stack>
      <GenerateDocumentForm
        caseId={caseId}
        detail={detail.data}
        templates={templates.data}
        onGenerated={setSelected}
      />
      <DocumentVersionsTable
        documents={documents.data}
        selectedId={selected?.id ?? null}
        onPreview={setSelected}
        onDownload={(document) => void download(document)}
      />
      {selected && (
        <LoadedPart>
          <DocumentViewer key={selected.id} document={selected} />
        </LoadedPart>
      )}
      <DossierSection caseId={caseId} />
    </Stack>
  );
}
