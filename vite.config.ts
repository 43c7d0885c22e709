import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// DuckDB's wasm and worker files are imported with ?url (src/lib/engine/bundles.ts), so Vite
// copies them into dist/assets and the app serves them itself: no CDN at run time.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  preview: { port: 4173, strictPort: true },
});
