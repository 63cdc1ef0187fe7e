import { z } from 'zod/mini'
import { en } from 'zod/locales'

// Zod 4 compiles object parsers with `new Function` when eval is allowed, and probes for it
// by trying once. Under the app's CSP (`script-src 'self'`, no 'unsafe-eval') that probe is
// blocked and reported as a CSP violation on every load: parse without the JIT instead.
// Imported first by every module that builds object schemas at load time (env.ts, api/*):
// the probe runs when the first object schema is built, and bundling may evaluate those
// modules' chunks before main.tsx's own code.
z.config({ jitless: true })
// zod/mini ships without messages (every issue would read "Invalid input"): use English,
// the messages the API errors, the bundle check and the mock backend show.
z.config(en())
