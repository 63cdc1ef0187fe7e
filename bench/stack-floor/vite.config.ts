import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// The benchmark's stack floor (see scripts/bench.ts): the floor's page on the libraries the app
// must use. Built with the app's own toolchain, as the app is (React Router's production build).
export default defineConfig({
  root: at('.'),
  publicDir: at('../floor/public'),
  plugins: [react()],
  resolve: {
    alias: { 'react-router': at('../../node_modules/react-router/dist/production/index.mjs') },
  },
  build: { target: 'es2022', outDir: '../tmp/stack-floor', emptyOutDir: true },
})
