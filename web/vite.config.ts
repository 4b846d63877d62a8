/** Vite config of the web app; its root is web/ (`vite build web`), the server serves web/dist at /. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // served by server/app.ts from web/dist
    outDir: 'dist',
    emptyOutDir: true,
    // cytoscape and its layout are one large chunk on purpose: the map needs them at once
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite web` during development talks to a server started with PORT=4100
    proxy: { '/graphql': `http://localhost:${process.env.TSUNAGARI_API_PORT ?? '4100'}` },
  },
});
