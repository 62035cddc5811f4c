import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import { ACCESSIBLE_COLORS, TEXT_COLORS } from './accessibleColors.ts';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 of every palette reaches 4.5:1 with white (see accessibleColors.ts): filled buttons and
  // badges, `c="red"` text and outlines all use it.
  primaryShade: 7,
  colors: ACCESSIBLE_COLORS,
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  defaultRadius: 'sm',
  components: {
    // Every dialog's ✕ has a Chinese name (axe: button-name).
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': '关闭' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': '关闭' } } },
    CloseButton: { defaultProps: { 'aria-label': '关闭' } },
    // A badge never shrinks below its text ("已··", "重…" in narrow table cells at 1366×768).
    Badge: { styles: { root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } } },
    PasswordInput: {
      defaultProps: {
        visibilityToggleButtonProps: { 'aria-label': '显示或隐藏输入内容' },
      },
    },
    Pagination: {
      defaultProps: {
        getControlProps: (control: string) => ({
          'aria-label':
            { first: '第一页', previous: '上一页', next: '下一页', last: '最后一页' }[control] ?? control,
        }),
        getItemProps: (page: number) => ({ 'aria-label': `第 ${page} 页` }),
      },
    },
  },
});

/** Light-scheme text colours Mantine leaves at 3.3:1 (dimmed) and 2.1:1 (placeholders). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': TEXT_COLORS.dimmed,
    '--mantine-color-placeholder': TEXT_COLORS.placeholder,
    '--mantine-color-error': TEXT_COLORS.error,
  },
  dark: {},
});
