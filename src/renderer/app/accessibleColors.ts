/**
 * Mantine's palettes, darkened where a shade the app uses for text or filled backgrounds misses WCAG's
 * 4.5:1 contrast (axe-core's colour-contrast rule): shade 7 is the filled colour (white text on it) and
 * the text colour on white and gray-0; shade 9 is the text of light badges and alerts on shade 1.
 */
import { DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

export const MIN_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function darken(hex: string, step: number): string {
  return `#${channels(hex)
    .map((c) =>
      Math.round(c * (1 - step))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function darkenUntil(hex: string, ok: (candidate: string) => boolean): string {
  let out = hex;
  while (!ok(out)) out = darken(out, 0.03);
  return out;
}

/** Shades 7–9 darkened just enough; lighter shades (backgrounds, borders) are left as Mantine made them. */
export function accessibleTuple(tuple: readonly string[]): MantineColorsTuple {
  const shades = [...tuple];
  // Striped rows and cards use gray-0, a little darker than white.
  const paper = '#f8f9fa';
  shades[7] = darkenUntil(shades[7]!, (c) => contrast(c, paper) >= MIN_CONTRAST);
  shades[8] = darkenUntil(shades[8]!, (c) => luminance(c) < luminance(shades[7]!));
  shades[9] = darkenUntil(
    shades[9]!,
    (c) => luminance(c) < luminance(shades[8]!) && contrast(c, shades[1]!) >= MIN_CONTRAST + 0.1,
  );
  return shades as unknown as MantineColorsTuple;
}

export const ACCESSIBLE_COLORS: Record<string, MantineColorsTuple> = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, tuple]) => [name, accessibleTuple(tuple)]),
);

/** Secondary text (`c="dimmed"`), placeholders and error text that stay readable on white and gray-0. */
export const TEXT_COLORS = {
  dimmed: '#5c636a',
  placeholder: '#666e75',
  error: 'var(--mantine-color-red-8)',
} as const;
