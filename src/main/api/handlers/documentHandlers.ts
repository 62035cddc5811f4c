import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';
import { caseScopeOf } from '../caseScope.ts';

export function documentHandlers({ documents }: Services): HandlersFor<'document.'> {
  return {
    'document.templates': () => documents.templates(),
    'document.generate': (input, context) => documents.generate(input, context.user),
    'document.list': (input) => documents.list(input.caseId),
    'document.download': (input, context) => documents.download(input.documentId, caseScopeOf(context.user)),
    'document.blankForm': (input) => documents.blankForm(input.templateId),
    'document.dossier': (input, context) => documents.dossier(input.caseId, context.user),
    'document.templateFile': (input) => documents.templateFile(input.templateId),
    'document.uploadTemplate': (input, context) => documents.uploadTemplate(input, context.user),
    'document.revertTemplate': (input) => documents.revertTemplate(input.templateId),
    'document.trace': (input, context) => documents.trace(input.payload, caseScopeOf(context.user)),
  };
}
