import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The floor page of the benchmark (see scripts/bench.ts); built with the app's own toolchain.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { target: 'es2022', outDir: '../tmp/floor', emptyOutDir: true },
})
