import { describe, expect, it } from 'vitest';
import { themeFromSmartStyle } from '../../client/smart/style.ts';

describe('EHR styling', () => {
  it('takes the EHR highlight colour as the primary colour, fonts and corner radius', () => {
    const theme = themeFromSmartStyle({
      color_highlight: '#1d4ed8',
      font_family_body: 'system-ui, "Segoe UI", sans-serif',
      font_family_heading: 'Georgia, serif',
      dim_border_radius: '6px',
    });
    expect(theme.primaryColor).toBe('ehr');
    expect(theme.colors?.ehr?.[8]).toBe('#1d4ed8');
    expect(theme.colors?.ehr).toHaveLength(10);
    expect(theme.fontFamily).toBe('system-ui, "Segoe UI", sans-serif');
    expect(theme.headings?.fontFamily).toBe('Georgia, serif');
    expect(theme.defaultRadius).toBe('sm');
  });

  it('ignores values that are not plain colours, lengths or font names', () => {
    const theme = themeFromSmartStyle({
      color_highlight: 'url(https://evil.example/x.png)',
      font_family_body: 'x; background: url(https://evil.example)',
      dim_border_radius: 'calc(100% - 1px)',
    });
    expect(theme).toEqual({});
  });
});
