import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * After the build, writes a Brotli (.br) and a gzip (.gz) copy next to every text asset,
 * so the server sends a phone about a third of the bytes without compressing per request.
 */
export function precompress(outDir: string): Plugin {
  return {
    name: 'spotme-precompress',
    apply: 'build',
    // After vite-plugin-pwa has written the service worker.
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        const walk = (dir: string): string[] =>
          fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
        for (const file of walk(outDir).filter((f) => /\.(js|mjs|css|html|svg|webmanifest|json)$/.test(f))) {
          const data = fs.readFileSync(file);
          if (data.length < 1024) continue;
          fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
          fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
        }
      },
    },
  };
}
