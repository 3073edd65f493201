import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// `pnpm dev`: the API of a server running on port 3000 (`npm start`) behind the same origin.
export default defineConfig({
  plugins: [sveltekit()],
  server: { proxy: { '/trpc': 'http://localhost:3000' } },
});
