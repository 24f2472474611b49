/**
 * `npm run dev`: the service restarted on change (tsx watch, WEB_APP=off: it serves the API only)
 * and Vite's dev server with hot reload for the web app, proxying the API's paths to the
 * service (vite.config.ts). Open the URL Vite prints (http://localhost:5173 by default).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { ROOT } from './build.js';

const port = process.env.PORT ?? '4000';
const api = spawn(
  process.execPath,
  [fileURLToPath(import.meta.resolve('tsx/cli')), 'watch', '--clear-screen=false', 'src/app/server.ts'],
  {
    cwd: ROOT,
    env: { ...process.env, PORT: port, WEB_APP: 'off' },
    stdio: 'inherit',
  },
);

process.env.WEB_DEV_API = `http://127.0.0.1:${port}`;
const vite = await createServer({ configFile: path.join(ROOT, 'vite.config.ts') });
await vite.listen();
vite.printUrls();
process.stdout.write(`  The service (API) restarts on change at http://127.0.0.1:${port}/graphql\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  api.kill('SIGTERM');
  await vite.close();
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
api.on('exit', (code) => {
  if (!stopping) process.stderr.write(`the service stopped (${code}); stopping the dev server\n`);
  void stop().then(() => process.exit(code ?? 0));
});
