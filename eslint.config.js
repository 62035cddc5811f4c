// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  paths: [
    { name: 'electron', message: 'electron 只能在 src/main/electron/ 中使用（测试环境无法加载 Electron）。' },
  ],
  patterns: [
    { group: ['electron/*'], message: 'electron 只能在 src/main/electron/ 中使用。' },
    { group: ['**/main/electron/**'], message: 'src/main/electron/ 不能被其他代码或测试引用。' },
  ],
};

/** Folder boundaries: what each part of the program may depend on. */
const boundary = (/** @type {{paths?: any[]; patterns?: any[]}} */ extra) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [...electronOnlyInShell.paths, ...(extra.paths ?? [])],
      patterns: [...electronOnlyInShell.patterns, ...(extra.patterns ?? [])],
    },
  ],
});

const sqlOnlyInDb = {
  paths: [
    { name: 'better-sqlite3', message: 'SQL 只写在 src/main/db/ 中。', allowTypeImports: true },
    { name: 'kysely', message: 'SQL 只写在 src/main/db/ 中（类型导入可以）。', allowTypeImports: true },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', '.vite/', 'out/', 'dist/', 'bench/results*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chinese documents use the ideographic space (U+3000) on purpose, e.g. for fill-in blanks.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      ...boundary({}),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/db/**', 'src/main/electron/**'],
    rules: {
      ...boundary(sqlOnlyInDb),
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            '请用 src/main/db/inTransaction.ts 的 inTransaction()：它以 BEGIN IMMEDIATE 开始，并如实报告磁盘已满。',
        },
      ],
    },
  },
  {
    files: ['src/main/db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction'][callee.object.name!='sqlite']",
          message: '请用 inTransaction()：它以 BEGIN IMMEDIATE 开始，并如实报告磁盘已满。',
        },
      ],
    },
  },
  {
    files: ['src/main/electron/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary({
        paths: ['better-sqlite3', 'kysely', 'docx', 'electron-updater'].map((name) => ({
          name,
          message: '界面代码不能直接使用主进程的库，请通过 API 调用。',
        })),
        patterns: [
          { group: ['node:*'], message: '界面代码运行在浏览器中，不能使用 Node 模块。' },
          {
            group: ['**/main/**'],
            message: '界面代码不能引用 src/main/，请通过 src/shared/ 中的 API 契约调用。',
          },
        ],
      }),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: boundary({
      paths: ['better-sqlite3', 'kysely', 'docx', 'react', 'react-dom', 'electron-updater'].map((name) => ({
        name,
        message: 'src/shared/ 必须是两端都能用的纯 TypeScript。',
      })),
      patterns: [
        { group: ['node:*'], message: 'src/shared/ 必须是两端都能用的纯 TypeScript。' },
        {
          group: ['**/main/**', '**/renderer/**'],
          message: 'src/shared/ 不能引用 src/main/ 或 src/renderer/。',
        },
      ],
    }),
  },
);
