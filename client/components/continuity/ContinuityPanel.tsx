/**
 * What this session starts from — earlier notes, homework to review with the client, the safety
 * plan on file, risk across earlier sessions, themes and goals carried over — as the first screen
 * after consent, then as a collapsible panel beside the session.
 *
 * Its own chunk, loaded once the session screen is usable: it brings Medplum's React components
 * (over a read-only MedplumClient on the launch's token) without adding to the app's first load.
 */
import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import type { MedplumClient } from '@medplum/core';
import { MedplumProvider } from '@medplum/react-hooks';
import { type ReactNode, useId, useMemo, useState } from 'react';
import type { ContinuityView, HomeworkActivity } from '../../../server/contracts/continuity.ts';
import { createContinuityApi, type ContinuityApi } from '../../api/continuity.ts';
import { useIsDiscreet } from '../../hooks/useDiscreet.ts';
import type { Http } from '../../api/http.ts';
import { createChartReader } from '../../smart/medplumClient.ts';
import { type HomeworkReviewDraft, reviewedCount } from '../../state/homeworkReview.ts';
import { CarriedOver } from './CarriedOver.tsx';
import { EarlierNotes } from './EarlierNotes.tsx';
import { HomeworkReview, type ReviewChange } from './HomeworkReview.tsx';
import { RiskTrend } from './RiskTrend.tsx';
import { SafetyPlanOnFile } from './SafetyPlanOnFile.tsx';
import { useContinuityView } from './useContinuityView.ts';

export interface ChartAccess {
  fhirBaseUrl: string;
  getToken: () => Promise<string>;
}

export interface ContinuityPanelProps {
  http: Http;
  sid: string | undefined;
  chart: ChartAccess;
  review: HomeworkReviewDraft | undefined;
  onReview: (activity: HomeworkActivity, change: ReviewChange) => void;
  /** `before`: the screen before the session, ending in "Start the session"; `during`: a panel beside it. */
  mode: 'before' | 'during';
  onStart?: () => void;
}

const readers = new Map<string, MedplumClient>();
function chartReader({ fhirBaseUrl, getToken }: ChartAccess): MedplumClient {
  let reader = readers.get(fhirBaseUrl);
  if (!reader) {
    reader = createChartReader(fhirBaseUrl, getToken);
    readers.set(fhirBaseUrl, reader);
  }
  return reader;
}

function Part({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <Title order={3} size="h6" mb={4} id={id}>
        {title}
      </Title>
      {children}
    </section>
  );
}

function ViewBody({
  view,
  api,
  sid,
  review,
  onReview,
  wide,
}: {
  view: ContinuityView;
  api: ContinuityApi;
  sid: string;
  review: HomeworkReviewDraft | undefined;
  onReview: ContinuityPanelProps['onReview'];
  /** The whole width of the screen (before the session): two columns where there is room. */
  wide: boolean;
}) {
  // The client may see the screen: headings that name risk give way to neutral ones.
  const discreet = useIsDiscreet();
  const plan = view.safetyPlan;
  const planPart = plan && (
    <Part title={discreet ? 'Plan on file' : 'Safety plan on file'} testId="continuity-safety-plan">
      <SafetyPlanOnFile plan={plan} />
    </Part>
  );
  const unavailable = view.unavailable.length > 0 && (
    <Alert color="gray" variant="light" p="xs" title="Not read from the chart" data-testid="continuity-unavailable">
      <List size="sm" spacing={2}>
        {view.unavailable.map((u) => (
          <List.Item key={`${u.part}-${u.resourceType}-${u.source}`}>{u.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
  // What to do with the client first (the plan to review, the homework to ask about), then what to read.
  const toDo = (
    <Stack gap="sm">
      {plan?.reviewDue && planPart}
      <Part title="Homework since last time" testId="continuity-homework">
        <HomeworkReview activities={view.homework} review={review} onReview={onReview} />
      </Part>
    </Stack>
  );
  const toRead = (
    <Stack gap="sm">
      <Part title="Earlier notes" testId="continuity-notes">
        <EarlierNotes notes={view.notes} api={api} sid={sid} />
      </Part>
      {plan && !plan.reviewDue && planPart}
      <Part title={discreet ? 'By session' : 'Risk by session'} testId="continuity-risk">
        <RiskTrend points={view.riskTrend} />
      </Part>
      <Part title="Themes and goals carried over" testId="continuity-carried">
        <CarriedOver carried={view.carriedOver} />
      </Part>
    </Stack>
  );
  return (
    <Stack gap="sm">
      {unavailable}
      {wide ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {toDo}
          {toRead}
        </SimpleGrid>
      ) : (
        <>
          {toDo}
          {toRead}
        </>
      )}
    </Stack>
  );
}

/** The section both layouts sit in, with Medplum's reader for the components inside. */
function Frame({
  medplum,
  headingId,
  testId,
  children,
}: {
  medplum: MedplumClient;
  headingId: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <MedplumProvider medplum={medplum}>
      <Paper component="section" aria-labelledby={headingId} withBorder p="sm" radius="md" data-testid={testId}>
        {children}
      </Paper>
    </MedplumProvider>
  );
}

export default function ContinuityPanel({ http, sid, chart, review, onReview, mode, onStart }: ContinuityPanelProps) {
  const api = useMemo(() => createContinuityApi(http), [http]);
  const medplum = chartReader(chart);
  const state = useContinuityView(api, sid);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const bodyId = useId();

  const body =
    state.status === 'loading' || !sid ? (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">Reading earlier sessions from the chart…</Text>
      </Group>
    ) : state.status === 'error' ? (
      <Alert color="red" variant="light" p="xs" role="alert">
        <Stack gap={4}>
          <Text size="sm">Earlier sessions could not be read: {state.message}</Text>
          <Button size="compact-xs" variant="default" w="fit-content" onClick={state.retry}>
            Try again
          </Button>
        </Stack>
      </Alert>
    ) : (
      <ViewBody view={state.view} api={api} sid={sid} review={review} onReview={onReview} wide={mode === 'before'} />
    );

  if (mode === 'before') {
    return (
      <Frame medplum={medplum} headingId={headingId} testId="before-session">
        <Title order={2} size="h5" mb="xs" id={headingId}>
          Before the session
        </Title>
        {body}
        <Group justify="flex-end" mt="sm">
          <Button size="sm" onClick={onStart}>
            Start the session
          </Button>
        </Group>
      </Frame>
    );
  }

  const homework = state.status === 'ready' ? state.view.homework : [];
  const reviewed = reviewedCount(homework, review);
  return (
    <Frame medplum={medplum} headingId={headingId} testId="continuity-panel">
      <Title order={2} size="h6" id={headingId}>
        <UnstyledButton
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
          w="100%"
          fz="inherit"
          fw="inherit"
        >
          <Group justify="space-between" gap={4} wrap="nowrap">
            <span>From earlier sessions</span>
            <Text span size="xs" fw={400}>
              {homework.length > 0 ? `homework ${reviewed}/${homework.length} reviewed · ` : ''}
              {open ? 'Hide' : 'Show'}
            </Text>
          </Group>
        </UnstyledButton>
      </Title>
      <div id={bodyId} hidden={!open} style={{ marginTop: open ? 8 : 0 }}>
        {open && body}
      </div>
    </Frame>
  );
}
