/**
 * The app page (the SMART redirect URI): completes the launch, reads the launch context from
 * the EHR, applies the EHR's style, and renders the app — or a clear page saying why it cannot.
 */
import '@mantine/core/styles.css';
import './app.css';
import {
  type CSSVariablesResolver,
  Center,
  Group,
  Loader,
  MantineProvider,
  type MantineThemeOverride,
  Text,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LaunchErrorPage } from './pages/LaunchErrorPage.tsx';
import { ContextError, type ChartResources, type LaunchIds, launchIds, loadChartResources } from './smart/context.ts';
import { describeLaunchFailure, type LaunchProblem } from './smart/launchProblems.ts';
import { completeLaunch, type SmartClient } from './smart/ready.ts';
import { fetchSmartStyle, themeFromSmartStyle } from './smart/style.ts';

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

type Boot =
  | { status: 'launching' }
  | { status: 'problem'; problem: LaunchProblem }
  | { status: 'ready'; client: SmartClient; ids: LaunchIds; resources?: ChartResources };

function Root() {
  const [boot, setBoot] = useState<Boot>({ status: 'launching' });
  const [theme, setTheme] = useState<MantineThemeOverride>({});

  useEffect(() => {
    (async () => {
      const outcome = await completeLaunch();
      if (!outcome.ok) return setBoot({ status: 'problem', problem: outcome.problem });
      try {
        const ids = launchIds(outcome.client);
        // The session starts from the ids alone; the patient, encounter and clinician load meanwhile.
        setBoot({ status: 'ready', client: outcome.client, ids });
        const [resources, style] = await Promise.all([
          loadChartResources(outcome.client, ids),
          ids.smartStyleUrl ? fetchSmartStyle(ids.smartStyleUrl) : undefined,
        ]);
        setBoot({ status: 'ready', client: outcome.client, ids, resources });
        if (style) setTheme(themeFromSmartStyle(style));
      } catch (error) {
        setBoot({
          status: 'problem',
          problem:
            error instanceof ContextError
              ? {
                  title: 'The EHR did not give a patient',
                  detail: error.message,
                  action: 'Open the app again from the patient’s chart.',
                }
              : { ...describeLaunchFailure(error), title: 'The patient’s record could not be read' },
        });
      }
    })();
  }, []);

  return (
    <MantineProvider
      theme={{ ...BASE_THEME, ...theme }}
      defaultColorScheme="auto"
      cssVariablesResolver={contrastVariables}
    >
      {boot.status === 'launching' && (
        <Center py="xl">
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">Connecting to the EHR…</Text>
          </Group>
        </Center>
      )}
      {boot.status === 'problem' && <LaunchErrorPage problem={boot.problem} />}
      {boot.status === 'ready' && <App client={boot.client} ids={boot.ids} resources={boot.resources} />}
    </MantineProvider>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(<Root />);
}
