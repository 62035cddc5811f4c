import { defineConfig } from 'vite';

// Forge's Vite plugin already builds the preload as one CommonJS file with code splitting off:
// a sandboxed preload can neither be an ES module nor load chunks. Nothing needs adding.
export default defineConfig({});
