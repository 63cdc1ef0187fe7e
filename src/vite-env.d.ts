/// <reference types="vite/client" />

declare module 'virtual:dataset' {
  const bundle: unknown
  export default bundle
}
