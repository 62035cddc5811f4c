import { defineConfig } from 'vite';
import { NATIVE_MODULES } from './src/main/desktop/packaging/packageIgnore.ts';

// Forge's Vite plugin supplies entry, CJS lib format, output folder and the electron/Node
// externals; this adds what must not be bundled: native addons, loaded from node_modules at run
// time (they are kept in the package by forge.config.ts's ignore rule).
export default defineConfig({
  build: {
    rollupOptions: {
      external: [...NATIVE_MODULES],
    },
  },
});
