import { Alert, Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import type { Speaker } from '../../server/contracts/analysis.ts';
import { ApiError } from '../api/http.ts';
import type { SessionApi } from '../api/session.ts';
import { EmotionTimeline } from '../components/EmotionTimeline.tsx';
import { ListenButton } from '../components/ListenButton.tsx';
import { SessionFlagDecisions } from '../components/FlagDecisions.tsx';
import type { ChartAccess } from '../components/continuity/ContinuityPanel.tsx';
import { SafetyBanner } from '../components/SafetyBanner.tsx';
import { SuggestionCards } from '../components/SuggestionCards.tsx';
import { SummaryPanel, ProvenanceNote } from '../components/SummaryPanel.tsx';
import { Transcript } from '../components/Transcript.tsx';
import { UtteranceEntry } from '../components/UtteranceEntry.tsx';
import { useRecorder } from '../hooks/useRecorder.ts';
import { useScrollPadding } from '../hooks/useScrollPadding.ts';
import type { SessionController } from '../hooks/useSession.ts';
import { shortcutText, useShortcuts } from '../hooks/useShortcuts.ts';
import { prefillSafetyPlan } from '../state/safetyPlan.ts';
import { needsAcknowledgement, undecidedFlagIds } from '../state/session.ts';

const SafetyPlanEditor = lazy(() => import('../components/SafetyPlanEditor.tsx'));
const ContinuityPanel = lazy(() => import('../components/continuity/ContinuityPanel.tsx'));

interface Props {
  session: SessionController;
  api: SessionApi;
  clinicianName?: string | undefined;
  /** Where earlier sessions are read from; without it the continuity view is not shown. */
  chart?: ChartAccess | undefined;
}

function Section({ title, children, label }: { title: string; children: ReactNode; label?: string }) {
  return (
    <Paper component="section" aria-label={label ?? title} withBorder p="sm" radius="md">
      <Title order={2} size="h6" mb={6}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The live session: transcript and entry on one side, what the assistant sees on the other. */
export function SessionScreen({ session, api, clinicianName, chart }: Props) {
  const { state } = session;
  // Before the first word the screen opens on what this session starts from; once the session is
  // under way that view is a panel beside it.
  const [started, setStarted] = useState(() => state.entries.length > 0);
  if (!started && state.entries.length > 0) setStarted(true);
  // The continuity chunk is asked for only once the session screen has painted and can be used:
  // a timeout set from the next animation frame runs after that frame is painted (a bare timeout
  // may run before it, and the chunk's evaluation would then hold the first paint back).
  const [continuityWanted, setContinuityWanted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setContinuityWanted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const [speaker, setSpeaker] = useState<Speaker>('client');
  const [planOpen, setPlanOpen] = useState(false);
  const [audioProblem, setAudioProblem] = useState<string>();
  const [speechOff, setSpeechOff] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const entry = useRef<HTMLTextAreaElement>(null);
  const suggestionsRef = useRef<HTMLDivElement>(null);
  const dock = useRef<HTMLDivElement>(null);
  useScrollPadding(dock);

  // The recorder keeps the latest callback, so this closure always sees the current session.
  const recorder = useRecorder({
    onChunk: (chunk) => {
      const sid = session.sessionId;
      if (!sid) return;
      api.audio(sid, crypto.randomUUID(), chunk).then(session.addHeard, async (error: unknown) => {
        if (error instanceof ApiError && error.status === 501) {
          recorder.stop();
          setSpeechOff(true);
          setAudioProblem(
            'Speech to text is not set up on this server, so listening is off. Type what is said in the box below.',
          );
          entry.current?.focus();
        } else if (error instanceof ApiError && error.code === 'session_not_found') {
          await session.recover();
        } else {
          setAudioProblem(
            'A few seconds of audio could not be transcribed. Listening continues; type anything that was missed.',
          );
        }
      });
    },
  });

  useEffect(() => {
    document.body.dataset.listening = String(recorder.state === 'listening');
    return () => {
      delete document.body.dataset.listening;
    };
  }, [recorder.state]);

  const toggleListening = () =>
    recorder.state === 'listening' ? recorder.stop() : speechOff ? undefined : void recorder.start();
  const ack = needsAcknowledgement(state);
  const openSuggestions = state.suggestions.filter((c) => c.status === 'open').length;
  // On a narrow sidebar the cards sit below the transcript: bring new ones into view.
  const seenSuggestions = useRef(state.suggestions.length);
  useEffect(() => {
    if (state.suggestions.length > seenSuggestions.current)
      suggestionsRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    seenSuggestions.current = state.suggestions.length;
  }, [state.suggestions.length]);

  useShortcuts([
    { code: 'KeyL', label: 'Start or stop listening', run: toggleListening },
    { code: 'KeyS', label: 'Suggest', run: () => void session.suggest() },
    { code: 'KeyU', label: 'Go to the utterance box', run: () => entry.current?.focus() },
    { code: 'KeyC', label: 'Switch speaker', run: () => setSpeaker((s) => (s === 'client' ? 'clinician' : 'client')) },
  ]);

  const startSession = () => {
    setStarted(true);
    entry.current?.focus();
  };
  const continuity = (mode: 'before' | 'during') =>
    chart &&
    continuityWanted && (
      <Suspense
        fallback={
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">Reading earlier sessions…</Text>
          </Group>
        }
      >
        <ContinuityPanel
          http={api.http}
          sid={session.sessionId}
          chart={chart}
          review={state.homeworkReview}
          onReview={session.reviewHomework}
          mode={mode}
          onStart={startSession}
        />
      </Suspense>
    );

  const revoke = async () => {
    recorder.stop();
    setRevoking(true);
    try {
      await session.revokeConsent();
    } finally {
      setRevoking(false);
    }
  };

  return (
    <Stack gap="sm">
      {/*
        The risk banner and the session controls stay in view together, one above the other:
        the banner takes the room it needs (scrolling inside when long) and the controls sit
        below it, so neither can ever cover the other. The opaque background keeps scrolled
        content from showing through.
      */}
      <Stack ref={dock} gap="xs" data-testid="session-dock" className="session-dock">
        {state.risk && state.risk.level !== 'none' && (
          <SafetyBanner
            risk={state.risk}
            acknowledged={state.acknowledged}
            needsAcknowledgement={ack}
            onAcknowledge={session.acknowledgeRisk}
            onBuildSafetyPlan={() => setPlanOpen(true)}
            undecidedCount={undecidedFlagIds(state).length}
            decisions={<SessionFlagDecisions session={session} />}
          />
        )}
        <Group
          gap="xs"
          wrap="wrap"
          justify="space-between"
          data-testid="session-actions"
          role="toolbar"
          aria-label="Session controls"
        >
          <Group gap="xs" wrap="wrap">
            <ListenButton
              state={recorder.state}
              startedAt={recorder.startedAt}
              onStart={() => void recorder.start()}
              onStop={recorder.stop}
              disabled={speechOff}
            />
            <Button
              size="xs"
              onClick={() => void session.suggest()}
              loading={session.suggesting}
              title={shortcutText('KeyS')}
            >
              Suggest
            </Button>
          </Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              recorder.stop();
              session.enterWrapUp();
            }}
          >
            End session
          </Button>
        </Group>
      </Stack>

      {(recorder.error || audioProblem) && (
        <Alert
          color="orange"
          variant="light"
          p="xs"
          withCloseButton
          onClose={() => {
            recorder.clearError();
            setAudioProblem(undefined);
          }}
          role="alert"
        >
          {recorder.error ?? audioProblem}
        </Alert>
      )}
      {session.notice && (
        <Alert color="gray" variant="light" p="xs" withCloseButton onClose={session.clearNotice}>
          {session.notice}
        </Alert>
      )}

      {!started && continuity('before')}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Section title="Transcript">
          <Stack gap="sm">
            <div style={{ maxHeight: '55vh', overflowY: 'auto' }}>
              <Transcript entries={state.entries} />
            </div>
            <UtteranceEntry
              ref={entry}
              speaker={speaker}
              onSpeakerChange={setSpeaker}
              onSubmit={(text) => session.addUtterance(text, speaker)}
            />
          </Stack>
        </Section>
        <Stack gap="sm" ref={suggestionsRef}>
          <Section title={`Suggestions${openSuggestions ? ` (${openSuggestions})` : ''}`}>
            {state.suggestions.length === 0 ? (
              <Text size="sm" c="dimmed">
                Ask for ideas when you want them: Suggest ({shortcutText('KeyS')}).
              </Text>
            ) : (
              <Stack gap={4}>
                <SuggestionCards
                  cards={state.suggestions}
                  onUse={session.applySuggestion}
                  onEdit={session.editSuggestion}
                  onDismiss={session.dismissSuggestion}
                />
                <ProvenanceNote provenance={state.suggestionsProvenance} />
              </Stack>
            )}
          </Section>
          {started && continuity('during')}
          <Section title="Emotion timeline">
            <EmotionTimeline entries={state.entries} />
          </Section>
          <Section title="Summary so far">
            <SummaryPanel summary={state.summary} provenance={state.summaryProvenance} />
          </Section>
        </Stack>
      </SimpleGrid>

      <Group gap="xs" justify="space-between">
        <Text size="xs" c="dimmed">
          Consent recorded.{' '}
          <Anchor component="button" type="button" size="xs" onClick={() => void revoke()} disabled={revoking}>
            Revoke consent
          </Anchor>
        </Text>
        {session.unsentCount > 0 && (
          <Text size="xs" c="var(--mantine-color-orange-text)">
            {session.unsentCount} waiting to be sent — kept in this browser
          </Text>
        )}
      </Group>

      {planOpen && (
        <Suspense fallback={null}>
          <SafetyPlanEditor
            opened={planOpen}
            initial={
              state.safetyPlan ??
              prefillSafetyPlan({
                risk: state.risk,
                suggestions: state.suggestions,
                ...(clinicianName ? { clinicianName } : {}),
              })
            }
            onClose={() => setPlanOpen(false)}
            onSave={session.saveSafetyPlan}
          />
        </Suspense>
      )}
    </Stack>
  );
}
