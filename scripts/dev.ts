// `npm run dev`: the server restarting on change (port 8080) and Vite's dev server with hot
// reload (port 5173, forwarding /api to the server). Stop both with Ctrl-C.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const children = [
  spawn(process.execPath, ['--watch', 'apps/server/src/main.ts'], { cwd: root, stdio: 'inherit' }),
  spawn(
    process.execPath,
    [`${root}node_modules/vite/bin/vite.js`, '--port', '5173', '--strictPort'],
    {
      cwd: `${root}apps/web`,
      stdio: 'inherit',
    },
  ),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
