/**
 * Serves a production build like a real host — precompressed brotli/gzip,
 * long-lived caching of hashed assets, a strict Content-Security-Policy —
 * with the mock backend's MSW handlers answering /api/v1 from this Node
 * process (so a browser runs only the app, and the mock's own cost is
 * measured apart: every API answer carries `Server-Timing: mock;dur=…`).
 *
 * Usage: tsx scripts/serve.ts [--dist dist] [--dataset mocks/data/binh-duong.json]
 *                             [--port 4300] [--host 127.0.0.1]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { getResponse } from 'msw'
import { parseBundle } from '@/api/bundle'
import { createDb } from '@mocks/db'
import { createHandlers } from '@mocks/handlers'
import { CONTENT_SECURITY_POLICY } from './csp'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg'])

type Asset = { type: string; raw: Buffer; br?: Buffer; gzip?: Buffer; immutable: boolean }

function loadAssets(dist: string): Map<string, Asset> {
  const assets = new Map<string, Asset>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) {
        walk(file)
        continue
      }
      const ext = path.extname(name)
      const raw = readFileSync(file)
      const compress = COMPRESSIBLE.has(ext) && raw.length > 1024
      assets.set('/' + path.relative(dist, file).split(path.sep).join('/'), {
        type: TYPES[ext] ?? 'application/octet-stream',
        raw,
        br: compress ? brotliCompressSync(raw) : undefined,
        gzip: compress ? gzipSync(raw, { level: 9 }) : undefined,
        immutable: file.includes(`${path.sep}assets${path.sep}`),
      })
    }
  }
  walk(dist)
  return assets
}

export type ServeOptions = {
  dist: string
  dataset: string
  port: number
  host: string
  apiBase?: string
}

export async function serve(options: ServeOptions) {
  const apiBase = options.apiBase ?? '/api/v1'
  const assets = loadAssets(options.dist)
  const started = performance.now()
  const db = createDb(parseBundle(JSON.parse(readFileSync(options.dataset, 'utf8'))))
  const handlers = createHandlers(db, { baseUrl: apiBase })
  const loadMs = performance.now() - started

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? options.host}`)
    if (url.pathname.startsWith(apiBase + '/')) {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      })
      const t0 = performance.now()
      const response = await getResponse(handlers, request)
      const text = response
        ? Buffer.from(await response.arrayBuffer())
        : Buffer.from('{"error":{"code":"not_found","message":"No handler"}}')
      const duration = performance.now() - t0
      const headers: Record<string, string> = {
        'content-type': response?.headers.get('content-type') ?? 'application/json',
        'server-timing': `mock;dur=${duration.toFixed(1)}`,
        'cache-control': 'no-store',
      }
      const accepts = String(req.headers['accept-encoding'] ?? '')
      if (text.length > 1024 && accepts.includes('gzip')) {
        res.writeHead(response?.status ?? 404, {
          ...headers,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
        })
        res.end(gzipSync(text, { level: 1 }))
      } else {
        res.writeHead(response?.status ?? 404, headers)
        res.end(text)
      }
      return
    }

    // Client routes fall back to index.html; a missing file does not. Route
    // ids may contain dots (`/targets/de-an-02.2`), so "a file" means a
    // known file type or anything under /assets/.
    const isFile = url.pathname.startsWith('/assets/') || path.extname(url.pathname) in TYPES
    const asset = assets.get(url.pathname) ?? (isFile ? undefined : assets.get('/index.html'))
    if (!asset) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('Not found')
      return
    }
    const accepts = String(req.headers['accept-encoding'] ?? '')
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      vary: 'accept-encoding',
    }
    if (asset.br && accepts.includes('br')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'br' })
      res.end(asset.br)
    } else if (asset.gzip && accepts.includes('gzip')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' })
      res.end(asset.gzip)
    } else {
      res.writeHead(200, headers)
      res.end(asset.raw)
    }
  })
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve))
  return { server, assets, loadMs, url: `http://${options.host}:${options.port}` }
}

function arg(name: string, fallback: string) {
  const i = process.argv.indexOf(`--${name}`)
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const { url, loadMs } = await serve({
    dist: arg('dist', 'dist'),
    dataset: arg('dataset', 'mocks/data/binh-duong.json'),
    port: Number(arg('port', '4300')),
    host: arg('host', '127.0.0.1'),
  })
  console.log(`serving on ${url} (dataset loaded in ${loadMs.toFixed(0)} ms)`)
}
