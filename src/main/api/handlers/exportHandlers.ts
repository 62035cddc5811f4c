import type { HandlersFor } from '../router.ts';
import type { Services } from '../../core/services.ts';

export function exportHandlers({ exports }: Services): HandlersFor<'export.'> {
  return {
    'export.settings': () => exports.settings(),
    'export.updateSettings': (input) => exports.updateSettings(input),
    'export.mapping': () => exports.mapping(),
    'export.loadMapping': (input) => exports.loadMapping(input),
    'export.resetMapping': () => exports.resetMapping(),
    'export.outbox': (input) => exports.list(input),
    'export.status': () => exports.status(),
    'export.resend': (input) => exports.resend(input),
    'export.testConnection': () => exports.requestConnectionTest(),
    'export.exportFile': (input) => exports.exportFile(input),
  };
}
