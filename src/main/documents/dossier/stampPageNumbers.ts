import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** Distance of the number from the top and right edges of the page, in points (about 12 mm). */
const MARGIN = 34;
const SIZE = 12;

/**
 * 卷内文件页号: stamps each page's number alone in its top-right corner, as archives paginate a dossier.
 * `numbers` has one entry per page of the PDF, `null` for a page that carries no number (the cover, the
 * 卷内目录 and the 卷内备考表). A mismatch between the list and the PDF is a programming error and throws.
 */
export async function stampPageNumbers(
  pdf: Uint8Array,
  numbers: readonly (number | null)[],
): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { ignoreEncryption: true });
  const pages = document.getPages();
  if (pages.length !== numbers.length) {
    throw new RangeError(`卷宗 PDF 有 ${pages.length} 页，页号却有 ${numbers.length} 个`);
  }
  const font = await document.embedFont(StandardFonts.Helvetica);
  pages.forEach((page, index) => {
    const number = numbers[index];
    if (number === null || number === undefined) return;
    const text = String(number);
    const { x, y, width, height } = page.getCropBox();
    page.drawText(text, {
      x: x + width - MARGIN - font.widthOfTextAtSize(text, SIZE),
      y: y + height - MARGIN,
      size: SIZE,
      font,
      color: rgb(0, 0, 0),
    });
  });
  return document.save();
}
