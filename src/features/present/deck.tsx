import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { DrawAheadContext } from '@/shared/ui/chart-frame'
import { ShownContext } from '@/shared/ui/use-near-viewport'
import { deckKeyAction } from './deck-keys'
import './present.css'

/** The design size of a slide: everything inside is laid out for it, then scaled to the screen. */
export const SLIDE_WIDTH = 1280
export const SLIDE_HEIGHT = 720

export type DeckSlide = { key: string; title: string; content: ReactNode }

const AUTO_INTERVALS = [5, 10, 20, 30, 60] as const

const INTERACTIVE =
  'a, button, input, select, textarea, summary, details, label, [role="button"], table'

/**
 * A keyboard-driven slide deck over the whole window: → Space PageDown next, ← PageUp previous,
 * Home/End, a number then Enter, F full screen, Esc leaves; a click on the left or right half of
 * a slide goes back or forward. The slide number lives in the caller's URL (`index`/`onIndexChange`).
 * Every slide is rendered (only the current one shows), so printing gives one slide per page.
 */
export function Deck({
  title,
  slides,
  index,
  onIndexChange,
  exitTo,
}: {
  title: string
  slides: DeckSlide[]
  index: number
  onIndexChange: (index: number) => void
  exitTo: string
}) {
  const { t } = useTranslation()
  const deckRef = useRef<HTMLDivElement>(null)
  const viewportRef = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState(1)
  const [digits, setDigits] = useState('')
  const [interval, setIntervalSeconds] = useState(0)
  const [playing, setPlaying] = useState(false)
  const [fullscreen, setFullscreen] = useState(false)
  const autoId = useId()
  const count = slides.length
  const current = slides[index]
  const navigate = useNavigate()
  const navigateTo = useCallback(() => void navigate(exitTo), [navigate, exitTo])

  const go = useCallback(
    (to: number) => onIndexChange(Math.min(Math.max(to, 0), Math.max(0, count - 1))),
    [onIndexChange, count],
  )

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    else void deckRef.current?.requestFullscreen?.().catch(() => undefined)
  }, [])

  // Fit the 16:9 stage into the space left by the toolbar.
  useLayoutEffect(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    const fit = () => {
      const { width, height } = viewport.getBoundingClientRect()
      if (width > 0 && height > 0) setScale(Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT))
    }
    fit()
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', fit)
      return () => window.removeEventListener('resize', fit)
    }
    const observer = new ResizeObserver(fit)
    observer.observe(viewport)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement))
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      // Any key pauses the automatic advance.
      setPlaying(false)
      const target = event.target instanceof Element ? event.target : null
      const onControl = target?.closest(INTERACTIVE)
      if (
        onControl &&
        [' ', 'Enter', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(
          event.key,
        )
      )
        return
      const action = deckKeyAction(event.key, { index, count, digits })
      switch (action.type) {
        case 'go':
          setDigits('')
          go(action.index)
          break
        case 'digits':
          setDigits(action.digits)
          break
        case 'fullscreen':
          toggleFullscreen()
          break
        case 'exit':
          navigateTo()
          break
        case 'none':
          return
      }
      event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [index, count, digits, go, toggleFullscreen, navigateTo])

  // A click (or tap) on the left half of the slide goes back, on the right half forward.
  useEffect(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return
      const { left, width } = viewport.getBoundingClientRect()
      go(event.clientX < left + width / 2 ? index - 1 : index + 1)
    }
    viewport.addEventListener('click', onClick)
    return () => viewport.removeEventListener('click', onClick)
  }, [go, index])

  // Automatic advance, stopping at the last slide.
  useEffect(() => {
    if (!playing || interval === 0) return
    const timer = window.setTimeout(() => {
      if (index >= count - 1) setPlaying(false)
      else go(index + 1)
    }, interval * 1000)
    return () => window.clearTimeout(timer)
  }, [playing, interval, index, count, go])

  useEffect(() => {
    deckRef.current?.focus()
  }, [])

  return (
    <div className="deck" ref={deckRef} tabIndex={-1} data-fullscreen={fullscreen || undefined}>
      <h1 className="visually-hidden">{title}</h1>
      <div className="deck__viewport" ref={viewportRef}>
        <div
          className="deck__stage"
          style={{
            width: SLIDE_WIDTH,
            height: SLIDE_HEIGHT,
            transform: `translate(-50%, -50%) scale(${scale})`,
          }}
        >
          {slides.map((slide, i) => (
            <section
              key={slide.key}
              className="slide"
              data-current={i === index || undefined}
              aria-roledescription={t('present.slide')}
              aria-label={t('present.slideLabel', { number: i + 1, count, title: slide.title })}
              inert={i !== index}
            >
              <ShownContext value={i === index}>
                <DrawAheadContext value={Math.abs(i - index) <= 1}>
                  {slide.content}
                </DrawAheadContext>
              </ShownContext>
            </section>
          ))}
        </div>
      </div>
      <div className="deck__bar" role="toolbar" aria-label={t('present.controls')}>
        <button
          type="button"
          className="deck__button"
          onClick={() => go(index - 1)}
          disabled={index === 0}
        >
          <span aria-hidden="true">←</span> {t('present.previous')}
        </button>
        <button
          type="button"
          className="deck__button"
          onClick={() => go(index + 1)}
          disabled={index >= count - 1}
        >
          {t('present.next')} <span aria-hidden="true">→</span>
        </button>
        <div className="deck__progress">
          <progress
            max={count}
            value={index + 1}
            aria-label={t('present.progress', { number: index + 1, count })}
          />
          <span aria-hidden="true">
            {index + 1} / {count}
          </span>
        </div>
        <p className="deck__status" aria-live="polite">
          {digits
            ? t('present.jumpTo', { number: digits })
            : current
              ? t('present.slideLabel', { number: index + 1, count, title: current.title })
              : ''}
        </p>
        <div className="deck__auto">
          <label htmlFor={autoId}>{t('present.auto')}</label>
          <select
            id={autoId}
            value={interval}
            onChange={(event) => {
              const seconds = Number(event.target.value)
              setIntervalSeconds(seconds)
              setPlaying(seconds > 0)
            }}
          >
            <option value={0}>{t('present.autoOff')}</option>
            {AUTO_INTERVALS.map((seconds) => (
              <option key={seconds} value={seconds}>
                {t('present.seconds', { count: seconds })}
              </option>
            ))}
          </select>
          {interval > 0 && (
            <button type="button" className="deck__button" onClick={() => setPlaying((p) => !p)}>
              {playing ? t('present.pause') : t('present.resume')}
            </button>
          )}
        </div>
        <button
          type="button"
          className="deck__button"
          onClick={toggleFullscreen}
          aria-pressed={fullscreen}
        >
          {t('present.fullscreen')}
        </button>
        <button type="button" className="deck__button" onClick={() => window.print()}>
          {t('present.print')}
        </button>
        <details className="deck__help">
          <summary>{t('present.keys')}</summary>
          <p>{t('present.keysHelp')}</p>
        </details>
        <Link className="deck__button deck__exit" to={exitTo}>
          {t('present.exit')}
        </Link>
      </div>
    </div>
  )
}
