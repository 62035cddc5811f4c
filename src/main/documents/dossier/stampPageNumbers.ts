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
  // Loaded here, not at start-up: pdf-lib takes ~50 ms to load and only 组卷 uses it (issue 18).
  const { degrees, PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
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
    const { x, y, width: w, height: h } = page.getCropBox();
    const tw = font.widthOfTextAtSize(text, SIZE);
    // A scan may be stored turned (/Rotate): place and turn the number so it reads upright in the
    // corner that is top right as the page is shown.
    const angle = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
    const at = {
      0: { x: x + w - MARGIN - tw, y: y + h - MARGIN },
      90: { x: x + MARGIN, y: y + h - MARGIN - tw },
      180: { x: x + MARGIN + tw, y: y + MARGIN },
      270: { x: x + w - MARGIN, y: y + MARGIN + tw },
    }[angle] ?? { x: x + w - MARGIN - tw, y: y + h - MARGIN };
    page.drawText(text, { ...at, size: SIZE, font, color: rgb(0, 0, 0), rotate: degrees(angle) });
  });
  return document.save();
}
