import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server (apps/server) serves dist/ and answers /api; in development Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  // One bundle for a LAN-served app is fine; Mantine alone is most of it.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
});
