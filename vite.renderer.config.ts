import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./src/renderer', import.meta.url));

// One renderer build for both the Electron window (Forge's Vite plugin) and the browser host.
export default defineConfig({
  root,
  base: './', // relative asset paths work from the app:// protocol and over HTTP alike
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./.vite/renderer/main_window', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
