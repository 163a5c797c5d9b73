import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './precompress';

const root = fileURLToPath(new URL('./app', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/app', import.meta.url));

export default defineConfig({
  root,
  publicDir: 'public',
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 900 },
  css: { postcss: fileURLToPath(new URL('./postcss.config.js', import.meta.url)) },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000', '/readyz': 'http://localhost:3000' },
  },
  plugins: [
    react(),
    precompress(outDir),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // The service worker's own build says only what goes wrong, not its progress (it has no log level of its own).
        buildPlugins: { vite: [{ name: 'spotme-quiet-sw-build', config: () => ({ logLevel: 'warn' }) }] },
      },
      manifest: {
        id: '/',
        name: 'SPOT-Me',
        short_name: 'SPOT-Me',
        description: 'Sistem Pemantauan Operasi Tugas Pegawai — kehadiran dan pemantauan tugas sektor awam',
        lang: 'ms',
        // The installed app opens at /start: the clock page for an officer (their most frequent action), else home.
        start_url: '/start',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#2563EB',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
