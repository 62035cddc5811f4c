import { degrees, PDFDocument } from 'pdf-lib';
import { expect, test } from 'vitest';
import { stampPageNumbers } from '../../../src/main/documents/dossier/stampPageNumbers.ts';
import { hasOffice, pdfPageTexts } from './helpers/documentTestKit.ts';

/** The top-right 150 × 60 pt of a page as it is shown (A4, upright or turned). */
const corner = (shownWidth: number) => ({ x: shownWidth - 150, y: 0, width: 150, height: 60 });

test.skipIf(!hasOffice)(
  'page numbers sit alone in the top-right corner as the page is shown, also on scans stored turned',
  async () => {
    const source = await PDFDocument.create();
    for (const angle of [0, 0, 90, 180, 270]) source.addPage([595, 842]).setRotation(degrees(angle));
    const stamped = await stampPageNumbers(await source.save(), [null, 1, 2, 3, 4]);

    expect(await pdfPageTexts(stamped)).toEqual(['', '1', '2', '3', '4']);
    const upright = await pdfPageTexts(stamped, corner(595));
    const turned = await pdfPageTexts(stamped, corner(842));
    expect([upright[1], turned[2], upright[3], turned[4]]).toEqual(['1', '2', '3', '4']);

    await expect(stampPageNumbers(await source.save(), [1, 2])).rejects.toThrow(/5 页，页号却有 2 个/);
  },
);
