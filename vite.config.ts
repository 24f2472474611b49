/**
 * The web app (src/web): `npm start` builds it into dist/web when missing or stale
 * (src/app/build.ts) and serves it; `npm run dev` runs this dev server with hot reload, proxying
 * the API's paths to the service (src/app/dev.ts starts both).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { formatReport, measureBuild } from './src/app/bundle-size.js';

const root = path.dirname(fileURLToPath(import.meta.url));
/** Where `npm run dev` finds the service (src/app/dev.ts sets it). */
const api = process.env.WEB_DEV_API ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`;

/** Prints the first-load sizes per page after each build (Vite prints the chunks). */
function sizeReport(): Plugin {
  let outDir = '';
  return {
    name: 'size-report',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      this.info(`\n${formatReport(measureBuild(outDir))}`);
    },
  };
}

export default defineConfig({
  root: path.join(root, 'src/web'),
  plugins: [react(), sizeReport()],
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Sizes are checked per page with gzip (npm run web:size); Vite's own warning is raw size.
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: Object.fromEntries(['/graphql', '/config.json', '/dev/', '/health', '/ready'].map((p) => [p, { target: api }])),
  },
});
