import { Alert, Box, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { formatHumanName } from '@medplum/core';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { createHttp } from './api/http.ts';
import type { SessionReply } from './api/schemas.ts';
import { createSessionApi, type SessionApi } from './api/session.ts';
import { AppHeader } from './components/AppHeader.tsx';
import type { ChartAccess } from './components/continuity/ContinuityPanel.tsx';
import { PatientBanner, patientName } from './components/PatientBanner.tsx';
import { ShortcutsHelp } from './components/ShortcutsHelp.tsx';
import { EarlierWrites } from './components/EarlierWrites.tsx';
import { SignedEarlier } from './components/SignedEarlier.tsx';
import { DiscreetContext, useDiscreetMode } from './hooks/useDiscreet.ts';
import { type SessionController, useSession } from './hooks/useSession.ts';
import { useShortcuts } from './hooks/useShortcuts.ts';
import { ConsentGate } from './pages/ConsentGate.tsx';
import { Declined } from './pages/Declined.tsx';
import { ResumePrompt } from './pages/ResumePrompt.tsx';
import { SessionScreen } from './pages/SessionScreen.tsx';
import type { ChartResources, LaunchContext, LaunchIds } from './smart/context.ts';
import { accessToken, type SmartClient } from './smart/ready.ts';

const WrapUpPage = lazy(() => import('./pages/WrapUpPage.tsx'));

function Waiting({ text }: { text: string }) {
  return (
    <Center py="xl">
      <Group gap="xs" role="status">
        <Loader size="sm" />
        <Text size="sm">{text}</Text>
      </Group>
    </Center>
  );
}

interface LaunchedProps {
  session: SessionController;
  api: SessionApi;
  ctx: LaunchContext;
  chart: ChartAccess;
}

function SessionFlow({ session, api, ctx, chart }: LaunchedProps) {
  const name = patientName(ctx.patient);
  const clinicianName = ctx.practitioner?.name?.[0] ? formatHumanName(ctx.practitioner.name[0]) : undefined;
  const { startup, phase, consent } = session;

  if (startup.status === 'loading') return <Waiting text="Starting the session…" />;
  if (startup.status === 'error') {
    return (
      <Alert color="red" variant="light" title="The session could not start" role="alert">
        <Stack gap="xs">
          <Text size="sm">{startup.message}</Text>
          <Button size="xs" w="fit-content" onClick={() => window.location.reload()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (startup.status === 'resume-prompt') {
    return (
      <ResumePrompt
        saved={startup.saved}
        onResume={() => void session.resume()}
        onStartOver={() => void session.startOver()}
      />
    );
  }
  if (phase !== 'signed') {
    const signedEarlier = (
      <>
        {session.signed && <SignedEarlier signed={session.signed} />}
        <EarlierWrites api={api} sid={session.sessionId} />
      </>
    );
    if (phase !== 'consent' && (phase === 'declined' || consent === 'revoked' || consent === 'declined')) {
      return <Declined revoked={consent === 'revoked'} onAskAgain={session.askConsentAgain} />;
    }
    if (phase === 'consent' || consent !== 'granted') {
      return (
        <>
          {signedEarlier}
          <ConsentGate patientName={name} previous={consent} onDecide={session.recordConsent} />
        </>
      );
    }
    if (phase === 'session') {
      return (
        <>
          {signedEarlier}
          <SessionScreen session={session} api={api} clinicianName={clinicianName} chart={chart} />
        </>
      );
    }
  }
  return (
    <Suspense fallback={<Waiting text="Opening the wrap-up…" />}>
      <WrapUpPage
        session={session}
        api={api}
        fhirBaseUrl={ctx.fhirBaseUrl}
        fhirUser={ctx.fhirUser}
        patientId={ctx.patientId}
        encounterId={ctx.encounterId}
        clinicianName={clinicianName}
      />
    </Suspense>
  );
}

/**
 * The app once the EHR has launched it: header, patient banner when asked for, and the session.
 * The session starts from the launch ids (or was started by the launch: `session`) while the
 * chart resources are still loading.
 */
export function App({
  client,
  ids,
  resources,
  session: started,
}: {
  client: SmartClient;
  ids: LaunchIds;
  resources?: ChartResources | undefined;
  session?: Promise<SessionReply> | undefined;
}) {
  const api = useMemo(
    () => createSessionApi(createHttp({ baseUrl: '/api', getToken: () => accessToken(client) })),
    [client],
  );
  const chart = useMemo<ChartAccess>(
    () => ({ fhirBaseUrl: ids.fhirBaseUrl, getToken: () => accessToken(client) }),
    [client, ids.fhirBaseUrl],
  );
  const session = useSession(ids, api, started);
  if (!resources) return <Waiting text="Reading the chart…" />;
  return <LaunchedApp session={session} api={api} ctx={{ ...ids, ...resources }} chart={chart} />;
}

function LaunchedApp({ session, api, ctx, chart }: LaunchedProps) {
  const discreetMode = useDiscreetMode(ctx.fhirUser);
  const [helpOpen, setHelpOpen] = useState(false);
  const live = session.startup.status === 'ready' && session.consent === 'granted' && session.phase !== 'signed';

  useShortcuts([{ code: 'KeyD', label: 'Discreet mode', run: discreetMode.toggle }]);
  useEffect(() => {
    document.title = discreetMode.discreet ? 'Session Copilot' : `Session Copilot — ${patientName(ctx.patient)}`;
  }, [discreetMode.discreet, ctx.patient]);

  return (
    <DiscreetContext.Provider value={discreetMode.discreet}>
      <AppHeader
        patientName={patientName(ctx.patient)}
        practitioner={ctx.practitioner}
        encounter={ctx.encounter}
        noEncounter={!ctx.encounterId}
        discreet={discreetMode.discreet}
        onToggleDiscreet={discreetMode.toggle}
        startsDiscreet={discreetMode.startsDiscreet}
        onStartsDiscreetChange={discreetMode.setStartsDiscreet}
        streamStatus={live ? session.streamStatus : undefined}
        onShowShortcuts={() => setHelpOpen(true)}
      />
      {ctx.needPatientBanner && <PatientBanner patient={ctx.patient} />}
      <Box component="main" p="sm">
        <SessionFlow session={session} api={api} ctx={ctx} chart={chart} />
      </Box>
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </DiscreetContext.Provider>
  );
}
