const queue: (() => void)[] = []
let requested = false

function runNext() {
  requested = false
  queue.shift()?.()
  if (queue.length > 0) request()
}

function request() {
  requested = true
  if (typeof requestIdleCallback === 'function') requestIdleCallback(runNext, { timeout: 5000 })
  else setTimeout(runNext, 200)
}

/**
 * Runs `task` when the browser is idle, one queued task per idle period, so that work queued
 * with it never holds up what the user does. Returns a function that takes the task out of
 * the queue (an effect's cleanup).
 */
export function whenIdle(task: () => void): () => void {
  queue.push(task)
  if (!requested) request()
  return () => {
    const index = queue.indexOf(task)
    if (index >= 0) queue.splice(index, 1)
  }
}
