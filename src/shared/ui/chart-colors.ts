/**
 * Chart colours from the Okabe–Ito palette (safe for the common forms of
 * colour blindness), mirrored by the CSS custom properties in styles.css.
 */
export const chartColors = {
  primary: '#0072B2',
  secondary: '#E69F00',
  tertiary: '#56B4E9',
  target: '#4D4D4D',
  grid: '#D9D9D9',
  text: '#1F1F1F',
} as const
