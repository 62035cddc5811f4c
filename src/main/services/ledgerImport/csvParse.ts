/**
 * RFC 4180 CSV as Excel and WPS write it: fields separated by commas (or tabs, for "Unicode text"),
 * quoted with double quotes when they hold a separator, a quote (doubled) or a line break; records end
 * with CRLF or LF. Returns the records as arrays of raw field text, including blank records, so the
 * record number is the row number Excel shows when it opens the file.
 */
export function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return tabs > commas ? '\t' : ',';
}

export function parseCsv(text: string, delimiter: string = detectDelimiter(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
    } else {
      field += ch;
    }
    i += 1;
  }
  // A final record without a line break (but not the empty "record" after a trailing one).
  if (field !== '' || record.length > 0 || quoted) endRecord();
  return records;
}
