import type { Plugin } from 'vite'

/**
 * In a build that talks to a real API, index.html asks for the reference data every page
 * needs (`<link rel="preload" as="fetch">`) while the code is still loading; the app's own
 * fetch of the same URL then takes the answer from the preload. Not with the mock backend:
 * its service worker is not running yet when the HTML is read.
 */
export function preloadPlugin(options: { apiBase: string; enabled: boolean }): Plugin {
  return {
    name: 'preload-reference-data',
    apply: 'build',
    transformIndexHtml: () =>
      options.enabled
        ? ['/areas', '/programmes'].map((path) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', href: options.apiBase + path, crossorigin: '' },
            injectTo: 'head' as const,
          }))
        : [],
  }
}
