import { Alert, Loader, Paper } from '@mantine/core';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import './documentPrint.css';

/**
 * A generated .docx rendered in the page (docx-preview): pages at A4 size, headers and footers (case
 * number, QR code) included. Only an approximation of Word/WPS layout, which the caption says.
 */
export function DocxPreview({ bytes }: { bytes: Uint8Array<ArrayBuffer> }) {
  const body = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'rendering' | 'done' | 'failed'>('rendering');

  useEffect(() => {
    const container = body.current;
    if (!container) return;
    let cancelled = false;
    setState('rendering');
    container.replaceChildren();
    renderAsync(new Blob([bytes]), container, undefined, {
      inWrapper: true,
      ignoreLastRenderedPageBreak: false,
      renderHeaders: true,
      renderFooters: true,
      useBase64URL: true,
    }).then(
      () => !cancelled && setState('done'),
      () => !cancelled && setState('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [bytes]);

  return (
    <Paper withBorder p={0} style={{ overflow: 'auto', maxHeight: '80vh' }} aria-label="文书预览">
      {state === 'rendering' && <Loader m="md" size="sm" />}
      {state === 'failed' && (
        <Alert color="yellow" m="md">
          无法在页面中预览这份文书，请下载后用 WPS 或 Word 打开。
        </Alert>
      )}
      <div ref={body} className="document-print-area" data-testid="docx-preview" />
    </Paper>
  );
}
