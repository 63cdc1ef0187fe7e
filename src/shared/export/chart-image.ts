/**
 * A drawn chart as a self-contained image (loaded only when a PNG or SVG export is asked for):
 * title, context line (programme, area, "as of" year, data date), the chart itself, its legend
 * and the source, composed into one SVG; PNG at twice the resolution.
 */
export type ChartImageText = {
  title: string
  /** Context lines under the title. */
  lines: string[]
  /** The last line (source). */
  footer?: string
}

export type ChartImage = { svg: string; width: number; height: number }

const SVG_NS = 'http://www.w3.org/2000/svg'
const FONT = "system-ui, 'Noto Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif"
const PAD = 24
const TITLE = { size: 20, weight: 600, lineHeight: 26 }
const LINE = { size: 14, weight: 400, lineHeight: 20 }
const LEGEND = { size: 14, icon: 14, gap: 20, lineHeight: 24 }
const FOOTER = { size: 12, lineHeight: 18 }

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

let measureContext: CanvasRenderingContext2D | null | undefined
/** Text width in px (canvas metrics; a rough estimate where there is no canvas). */
function measure(text: string, size: number, weight = 400): number {
  if (measureContext === undefined) {
    try {
      measureContext = document.createElement('canvas').getContext('2d')
    } catch {
      measureContext = null
    }
  }
  if (!measureContext) return text.length * size * 0.55
  measureContext.font = `${weight} ${size}px ${FONT}`
  return measureContext.measureText(text).width
}

/** Greedy word wrap to a width. */
function wrap(text: string, width: number, size: number, weight = 400): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && measure(next, size, weight) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** The chart's own SVG: recharts' surface (not a legend icon), else the largest SVG inside. */
function chartSurface(container: Element): SVGSVGElement | undefined {
  const surface = container.querySelector<SVGSVGElement>('.recharts-wrapper > svg')
  if (surface) return surface
  let best: SVGSVGElement | undefined
  let bestArea = 0
  for (const svg of container.querySelectorAll<SVGSVGElement>('svg')) {
    const { width, height } = svg.getBoundingClientRect()
    if (width * height > bestArea) {
      best = svg
      bestArea = width * height
    }
  }
  return best
}

/** Copies the computed text styles that CSS (not attributes) gave the chart's text. */
function inlineTextStyles(original: SVGSVGElement, clone: SVGSVGElement) {
  const from = original.querySelectorAll('text, tspan')
  const to = clone.querySelectorAll('text, tspan')
  from.forEach((element, i) => {
    const target = to[i]
    if (!target) return
    const style = getComputedStyle(element)
    target.setAttribute('font-size', style.fontSize)
    target.setAttribute('font-weight', style.fontWeight)
    if (!target.getAttribute('fill')) target.setAttribute('fill', style.fill || '#1f1f1f')
  })
}

type LegendItem = { label: string; icon?: SVGSVGElement; color: string }

function legendItems(container: Element): LegendItem[] {
  return [...container.querySelectorAll('.recharts-legend-item')].flatMap((item) => {
    const text = item.querySelector('.recharts-legend-item-text') ?? item
    const label = (text.textContent ?? '').trim()
    if (!label) return []
    const icon = item.querySelector('svg') ?? undefined
    return [{ label, color: getComputedStyle(text).color || '#1f1f1f', ...(icon && { icon }) }]
  })
}

/** Composes the chart drawn inside `container` with its title, context, legend and source. */
export function composeChartSvg(container: Element, text: ChartImageText): ChartImage {
  const original = chartSurface(container)
  if (!original) throw new Error('No drawn chart to export.')
  const box = original.getBoundingClientRect()
  const chartWidth = Math.round(box.width || Number(original.getAttribute('width')) || 640)
  const chartHeight = Math.round(box.height || Number(original.getAttribute('height')) || 360)
  const width = Math.max(chartWidth, 560) + PAD * 2
  const inner = width - PAD * 2
  const parts: string[] = []
  let y = PAD

  for (const line of wrap(text.title, inner, TITLE.size, TITLE.weight)) {
    y += TITLE.lineHeight
    parts.push(
      `<text x="${PAD}" y="${y - 6}" font-size="${TITLE.size}" font-weight="${TITLE.weight}" fill="#1f1f1f">${escapeXml(line)}</text>`,
    )
  }
  for (const line of text.lines.flatMap((l) => wrap(l, inner, LINE.size))) {
    y += LINE.lineHeight
    parts.push(
      `<text x="${PAD}" y="${y - 5}" font-size="${LINE.size}" fill="#3a3f45">${escapeXml(line)}</text>`,
    )
  }
  y += 12

  const clone = original.cloneNode(true) as SVGSVGElement
  inlineTextStyles(original, clone)
  clone.setAttribute('xmlns', SVG_NS)
  clone.setAttribute('x', String(PAD + Math.round((inner - chartWidth) / 2)))
  clone.setAttribute('y', String(y))
  clone.setAttribute('width', String(chartWidth))
  clone.setAttribute('height', String(chartHeight))
  if (!clone.getAttribute('viewBox'))
    clone.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`)
  clone.removeAttribute('style')
  clone.removeAttribute('class')
  parts.push(new XMLSerializer().serializeToString(clone))
  y += chartHeight + 8

  const items = legendItems(container)
  if (items.length > 0) {
    let x = PAD
    y += LEGEND.lineHeight
    for (const item of items) {
      const itemWidth = LEGEND.icon + 6 + measure(item.label, LEGEND.size)
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD
        y += LEGEND.lineHeight
      }
      const iconY = y - LEGEND.icon - 3
      if (item.icon) {
        const icon = item.icon.cloneNode(true) as SVGSVGElement
        icon.setAttribute('xmlns', SVG_NS)
        icon.setAttribute('x', String(x))
        icon.setAttribute('y', String(iconY))
        icon.setAttribute('width', String(LEGEND.icon))
        icon.setAttribute('height', String(LEGEND.icon))
        icon.removeAttribute('style')
        icon.removeAttribute('class')
        parts.push(new XMLSerializer().serializeToString(icon))
      } else {
        parts.push(
          `<rect x="${x}" y="${iconY}" width="${LEGEND.icon}" height="${LEGEND.icon}" fill="${escapeXml(item.color)}"/>`,
        )
      }
      parts.push(
        `<text x="${x + LEGEND.icon + 6}" y="${y - 4}" font-size="${LEGEND.size}" fill="#1f1f1f">${escapeXml(item.label)}</text>`,
      )
      x += itemWidth + LEGEND.gap
    }
  }
  if (text.footer) {
    y += 8
    for (const line of wrap(text.footer, inner, FOOTER.size)) {
      y += FOOTER.lineHeight
      parts.push(
        `<text x="${PAD}" y="${y - 4}" font-size="${FOOTER.size}" fill="#4a4f57">${escapeXml(line)}</text>`,
      )
    }
  }
  const height = Math.ceil(y + PAD)
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`
  return { svg, width, height }
}

/** Rasterises a composed chart on white at `scale` × its size. */
export async function chartPng({ svg, width, height }: ChartImage, scale = 2): Promise<Blob> {
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw images.')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  )
}
