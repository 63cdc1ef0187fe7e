/**
 * A small seeded pseudo-random number generator for the dataset generator.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through a string
 * hash, so one seed always yields the same stream on every platform (only
 * 32-bit integer arithmetic; no Math.random anywhere).
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** A float in [min, max). */
  float(min: number, max: number): number
  /** true with probability p. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T
  /** One element, chosen with the given non-negative weights (at least one > 0). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[]
  /** k distinct elements of the list, in random order (k clamped to the length). */
  sample<T>(list: readonly T[], k: number): T[]
  /** Approximately normal (sum of 4 uniforms), mean 0 and standard deviation 1. */
  normal(): number
  /** An independent stream derived from this generator's seed and a label. */
  fork(label: string): Rng
}

/** 32-bit string hash (cyrb53-style mixing, folded to 32 bits). */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h1 ^ h2) >>> 0
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0
    b |= 0
    c |= 0
    d |= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
}

/** A generator for `seed`; `label` names the stream (see `fork`). */
export function createRng(seed: number, label = 'root'): Rng {
  const key = `${seed >>> 0}:${label}`
  const next = sfc32(hashString(key, 1), hashString(key, 2), hashString(key, 3), hashString(key, 4))
  // Warm up: the first outputs of sfc32 are weakly mixed.
  for (let i = 0; i < 15; i++) next()

  const rng: Rng = {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1))
    },
    float(min, max) {
      return min + next() * (max - min)
    },
    chance(p) {
      return next() < p
    },
    pick(list) {
      if (list.length === 0) throw new Error('pick from an empty list')
      return list[Math.floor(next() * list.length)] as (typeof list)[number]
    },
    weighted(entries) {
      let total = 0
      for (const [, w] of entries) total += Math.max(0, w)
      if (!(total > 0)) throw new Error('weighted pick without a positive weight')
      let x = next() * total
      for (const [value, w] of entries) {
        x -= Math.max(0, w)
        if (x < 0) return value
      }
      // Floating-point leftovers: the last entry with a positive weight.
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i]
        if (entry && entry[1] > 0) return entry[0]
      }
      throw new Error('unreachable')
    },
    shuffle(list) {
      const out = list.slice()
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const tmp = out[i] as (typeof out)[number]
        out[i] = out[j] as (typeof out)[number]
        out[j] = tmp
      }
      return out
    },
    sample(list, k) {
      return rng.shuffle(list).slice(0, Math.max(0, Math.min(k, list.length)))
    },
    normal() {
      // Irwin–Hall with n = 4: variance 4/12, rescaled to 1.
      const s = next() + next() + next() + next() - 2
      return s * Math.sqrt(3)
    },
    fork(sub) {
      return createRng(seed, `${label}/${sub}`)
    },
  }
  return rng
}
