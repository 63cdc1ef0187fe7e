import type { HtmlTagDescriptor, Plugin } from 'vite'

/** The font files every page's first paint needs: regular and semibold, Latin and Vietnamese. */
const FIRST_PAINT_FONTS = /be-vietnam-pro-(latin|vietnamese)-(400|600)-normal-[\w-]+\.woff2$/

/**
 * Lets index.html ask early for what the first paint needs, while the code is still loading:
 * - the fonts of the first paint (a page painted in a fallback font and again in the web font
 *   shifts, and its largest text counts as painted only the second time);
 * - in a build that talks to a real API, the reference data every page needs; the app's own
 *   fetch of the same URL then takes the answer from the preload. Not with the mock backend:
 *   its service worker is not running yet when the HTML is read.
 */
export function preloadPlugin(options: { apiBase: string; preloadApi: boolean }): Plugin {
  return {
    name: 'preload-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const tags: HtmlTagDescriptor[] = []
        for (const file of Object.keys(bundle ?? {})
          .filter((f) => FIRST_PAINT_FONTS.test(f))
          .sort())
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `/${file}`,
              crossorigin: '',
            },
            injectTo: 'head',
          })
        if (options.preloadApi)
          for (const path of ['/areas', '/programmes'])
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'fetch', href: options.apiBase + path, crossorigin: '' },
              injectTo: 'head',
            })
        return tags
      },
    },
  }
}
