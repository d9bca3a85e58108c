/**
 * The EHR's look (`smart_style_url`, SMART App Launch "Styling"): colours, fonts and corner
 * radius mapped onto the Mantine theme so the app reads as part of the EHR. A style that cannot
 * be fetched or read leaves the default theme; it never stops the app.
 */
import { darken, lighten, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

export interface SmartStyle {
  color_background?: string;
  color_error?: string;
  color_highlight?: string;
  color_modal_backdrop?: string;
  color_success?: string;
  color_text?: string;
  dim_border_radius?: string;
  dim_font_size?: string;
  dim_spacing_size?: string;
  font_family_body?: string;
  font_family_heading?: string;
}

const COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i;
const LENGTH = /^\d+(\.\d+)?(px|rem|em)$/;
/** Font stacks only: no url(), no expressions. */
const FONT = /^[\w\s,'"-]+$/;

const pick = (value: unknown, pattern: RegExp): string | undefined =>
  typeof value === 'string' && pattern.test(value.trim()) ? value.trim() : undefined;

/**
 * Ten shades around the EHR's highlight colour, the colour itself at index 8 (the shade filled
 * controls use), lighter ones below it for tints and for text on a dark background.
 */
export function shadesOf(color: string): MantineColorsTuple {
  const lighter = [0.92, 0.84, 0.72, 0.58, 0.45, 0.32, 0.2, 0.1].map((amount) => lighten(color, amount));
  return [...lighter, color, darken(color, 0.15)] as unknown as MantineColorsTuple;
}

export function themeFromSmartStyle(style: SmartStyle): MantineThemeOverride {
  const highlight = pick(style.color_highlight, COLOR);
  const body = pick(style.font_family_body, FONT);
  const heading = pick(style.font_family_heading, FONT);
  const radius = pick(style.dim_border_radius, LENGTH);
  return {
    ...(highlight ? { colors: { ehr: shadesOf(highlight) }, primaryColor: 'ehr' } : {}),
    ...(body ? { fontFamily: body } : {}),
    ...(heading ? { headings: { fontFamily: heading } } : {}),
    ...(radius ? { radius: { sm: radius, md: radius }, defaultRadius: 'sm' } : {}),
  };
}

export async function fetchSmartStyle(url: string, signal?: AbortSignal): Promise<SmartStyle | undefined> {
  try {
    const response = await fetch(url, { signal, credentials: 'omit' });
    if (!response.ok) return undefined;
    const json: unknown = await response.json();
    return json && typeof json === 'object' ? (json as SmartStyle) : undefined;
  } catch {
    return undefined;
  }
}
