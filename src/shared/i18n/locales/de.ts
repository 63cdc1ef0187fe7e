/** Every translation file of one language, merged: one chunk, loaded only when the language is used. */
const files = import.meta.glob<Record<string, unknown>>('./de/*.json', {
  eager: true,
  import: 'default',
})
export const resources: Record<string, unknown> = Object.assign({}, ...Object.values(files))
