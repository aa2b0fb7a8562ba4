import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from the app's own origin (clausebook://app in Electron, the loopback
// host in a browser), so every asset is relative and nothing is fetched from elsewhere.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Inline nothing: the CSP forbids data: scripts and inline code.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
