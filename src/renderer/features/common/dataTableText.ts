/**
 * Chinese for mantine-datatable's built-in texts and screen-reader labels (its defaults are English:
 * "Previous page", "Next page", "..."). Spread `PAGINATION_TEXT` into every paged DataTable
 * (the library only accepts these props together with pagination).
 */
const CONTROL_LABELS: Readonly<Record<string, string>> = {
  first: '第一页',
  previous: '上一页',
  next: '下一页',
  last: '最后一页',
};

export const PAGINATION_TEXT = {
  loadingText: '正在加载……',
  paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
    `第 ${from}–${to} 条，共 ${totalRecords} 条`,
  getPaginationControlProps: (control: string) => ({ 'aria-label': CONTROL_LABELS[control] ?? control }),
  getPaginationItemProps: (page: number) => ({ 'aria-label': `第 ${page} 页` }),
} as const;
