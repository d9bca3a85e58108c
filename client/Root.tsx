/**
 * The app's screens, loaded by the page's entry while the launch completes (see smart/boot.ts):
 * applies the EHR's style and renders the app once the launch is ready — or a clear page saying
 * why it cannot go on.
 */
import {
  type CSSVariablesResolver,
  Center,
  Group,
  Loader,
  MantineProvider,
  type MantineThemeOverride,
  Text,
} from '@mantine/core';
import { useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LaunchErrorPage } from './pages/LaunchErrorPage.tsx';
import type { LaunchProgress } from './smart/boot.ts';
import { themeFromSmartStyle } from './smart/style.ts';

/** Darker shades and automatic text contrast keep every filled control readable (WCAG AA). */
const BASE_THEME: MantineThemeOverride = { autoContrast: true, primaryShade: { light: 8, dark: 8 } };

/**
 * Mantine's default secondary grey and its tinted ("light") text colours fall below 4.5:1 on a
 * light background. Darker shades keep every chip, alert and caption readable (WCAG AA); the
 * warm colours and greens have no shade dark enough on a tint, so their text takes the body colour.
 */
const DARK_ENOUGH = ['blue', 'cyan', 'gray', 'grape', 'indigo', 'teal', 'violet'];
const TOO_LIGHT = ['green', 'lime', 'orange', 'red', 'yellow'];
const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(DARK_ENOUGH.map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`])),
    ...Object.fromEntries(TOO_LIGHT.map((c) => [`--mantine-color-${c}-light-color`, 'var(--mantine-color-text)'])),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': 'var(--mantine-primary-color-3)',
  },
});

function Root({ launch }: { launch: LaunchProgress }) {
  const boot = useSyncExternalStore(launch.subscribe, launch.current);
  const style = boot.status === 'ready' && boot.resources ? boot.style : undefined;
  const theme = useMemo(() => ({ ...BASE_THEME, ...(style ? themeFromSmartStyle(style) : {}) }), [style]);

  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={contrastVariables}>
      {boot.status === 'launching' && (
        <Center py="xl">
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">Connecting to the EHR…</Text>
          </Group>
        </Center>
      )}
      {boot.status === 'problem' && <LaunchErrorPage problem={boot.problem} />}
      {boot.status === 'ready' && (
        <App client={boot.client} ids={boot.ids} resources={boot.resources} session={boot.session} />
      )}
    </MantineProvider>
  );
}

export function renderRoot(container: HTMLElement, launch: LaunchProgress): void {
  createRoot(container).render(<Root launch={launch} />);
}
