import { Alert, Button, Group, List, Loader, Modal, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteFormat } from '../../server/contracts/assist.ts';
import { ApprovedNote } from '../../fhir/approval.ts';
import { ApiError } from '../api/http.ts';
import { describeIssues } from '../api/issues.ts';
import type { WriteView } from '../api/schemas.ts';
import type { SessionApi } from '../api/session.ts';
import { HomeworkEditor } from '../components/HomeworkEditor.tsx';
import { SessionFlagDecisions } from '../components/FlagDecisions.tsx';
import { NoteEditor } from '../components/NoteEditor.tsx';
import { SignedNote } from '../components/SignedNote.tsx';
import { WriteResult } from '../components/WriteResult.tsx';
import type { SessionController } from '../hooks/useSession.ts';
import { SAFETY_PLAN_STEPS, undecidedFlagIds } from '../state/session.ts';
import { reviewBody, reviewKey } from '../state/homeworkReview.ts';
import { acceptAll, approvalBody, draftFromNote, unreviewedParts, withRiskAssessment } from '../state/wrapUp.ts';

const FORMATS: NoteFormat[] = ['SOAP', 'DAP', 'BIRP', 'GIRP'];
const formatKey = (fhirUser: string | undefined) => `session-copilot:note-format:${fhirUser ?? 'anyone'}`;

function preferredFormat(fhirUser: string | undefined): NoteFormat {
  try {
    const saved = localStorage.getItem(formatKey(fhirUser));
    return FORMATS.find((f) => f === saved) ?? 'SOAP';
  } catch {
    return 'SOAP';
  }
}

interface Props {
  session: SessionController;
  api: SessionApi;
  fhirBaseUrl: string;
  fhirUser?: string | undefined;
  patientId: string;
  encounterId?: string | undefined;
  clinicianName?: string | undefined;
}

/**
 * Wrap-up: the note draft and the homework in editors, then "Approve and sign" writes them to
 * the chart. Nothing is written before that click; a failed write keeps the draft and offers Retry.
 */
export default function WrapUpPage({
  session,
  api,
  fhirBaseUrl,
  fhirUser,
  patientId,
  encounterId,
  clinicianName,
}: Props) {
  const draft = session.wrapUp;
  const [format, setFormat] = useState<NoteFormat>(() => draft?.format ?? preferredFormat(fhirUser));
  const [drafting, setDrafting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [signing, setSigning] = useState(false);
  const [write, setWrite] = useState<WriteView>();
  const [retrying, setRetrying] = useState(false);
  const [riskUpdating, setRiskUpdating] = useState(false);
  /** The visit already has a signed note: the clinician chooses to amend it or to add a separate one. */
  const [existingNote, setExistingNote] = useState<{ message: string; writeId?: string }>();
  const sid = session.sessionId;

  const makeDraft = useCallback(
    async (wanted: NoteFormat) => {
      if (!sid) return;
      setDrafting(true);
      setProblem(undefined);
      try {
        const reply = await api.wrapUp(
          sid,
          wanted,
          session.state.safetyPlan !== null,
          reviewBody(session.state.homeworkReview),
        );
        if (reply.flagReview) session.applyFlagReview(reply.flagReview);
        session.setWrapUp({
          ...draftFromNote(
            reply.note,
            reply.homework,
            reply.provenance.note,
            new Date().toISOString(),
            reply.carryOver,
          ),
          homeworkReviewed: reviewKey(session.state.homeworkReview),
        });
      } catch (error) {
        setProblem(`The draft could not be made: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setDrafting(false);
      }
    },
    [api, sid, session.setWrapUp, session.applyFlagReview, session.state.safetyPlan, session.state.homeworkReview],
  );

  // A decision on a flag changes what the risk section may say: write that section again.
  const decisionsKey = JSON.stringify(session.state.flagReview?.decisions ?? []);
  const riskWrittenFor = useRef(decisionsKey);
  useEffect(() => {
    if (!sid || !draft || riskWrittenFor.current === decisionsKey) return;
    riskWrittenFor.current = decisionsKey;
    setRiskUpdating(true);
    void api
      .wrapUpRisk(sid)
      .then((reply) => {
        session.applyFlagReview(reply.flagReview);
        session.setWrapUp((current) => (current ? withRiskAssessment(current, reply.riskAssessment) : current));
      })
      .catch((error: unknown) =>
        setProblem(`The risk section could not be updated: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setRiskUpdating(false));
  }, [api, sid, draft, decisionsKey, session.applyFlagReview, session.setWrapUp]);

  useEffect(() => {
    if (!draft && !drafting && !problem) void makeDraft(format);
  }, [draft, drafting, problem, format, makeDraft]);

  // While the server is still writing (or retrying), follow the write until it settles.
  useEffect(() => {
    if (!sid || !write || !['pending', 'writing', 'retrying'].includes(write.state)) return;
    const timer = setTimeout(async () => {
      try {
        const writes = await api.writes(sid);
        const latest = writes.find((w) => w.writeId === write.writeId);
        if (latest) setWrite(latest);
      } catch {
        // Keep showing the last known state; the next poll tries again.
      }
    }, 1000);
    return () => clearTimeout(timer);
  }, [api, sid, write]);

  useEffect(() => {
    if (write?.state !== 'written' || !sid) return;
    session.markSigned(write.note?.reference);
    // The note is in the chart: the live transcript has no further use on the server.
    void api.end(sid).catch(() => undefined);
  }, [write?.state, write?.note?.reference, sid, api, session.markSigned]);

  const period = () => {
    const first = session.state.entries[0]?.at ?? session.state.startedAt;
    return { start: first, end: new Date().toISOString() };
  };

  const sign = async (choice?: { amend: string } | { separate: true }) => {
    if (!draft || !sid) return;
    setConfirming(false);
    const approved = approvalBody(acceptAll(draft), {
      safetyPlan: session.state.safetyPlan,
      period: period(),
      patientId,
      encounterId,
      clinicianName,
      homeworkReview: reviewBody(session.state.homeworkReview),
    });
    const checked = ApprovedNote.safeParse(approved);
    if (!checked.success) {
      setProblem(`The note cannot be signed yet: ${describeIssues(checked.error)}`);
      return;
    }
    const body = choice && 'separate' in choice ? { ...approved, separateNote: true } : approved;
    session.setWrapUp(acceptAll(draft));
    setSigning(true);
    setProblem(undefined);
    setExistingNote(undefined);
    try {
      setWrite(
        await (choice && 'amend' in choice
          ? api.amend(sid, { ...body, replacesWriteId: choice.amend })
          : api.approve(sid, body)),
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'encounter_has_note') {
        const writes = await api.writes(sid).catch(() => []);
        const signed = writes.find((w) => w.state === 'written' && w.note?.destination === 'ehr');
        setExistingNote({ message: error.message, ...(signed ? { writeId: signed.writeId } : {}) });
      } else if (!(await showLatestWrite())) {
        // The approval may have reached the server before the answer was lost: never claim nothing was written.
        setProblem(
          `The server did not confirm the note (${error instanceof Error ? error.message : String(error)}), so it may or may not be in the chart. ` +
            'Your draft is kept; signing again is safe — the same approval is never written twice.',
        );
      }
    } finally {
      setSigning(false);
    }
  };

  /** This draft's own write, when the server has it (refused, still being written, or written). */
  const showLatestWrite = async (): Promise<boolean> => {
    if (!sid || !draft) return false;
    const writes = await api.writes(sid).catch(() => []);
    const mine = writes.find((w) => w.writeId === draft.draftId);
    if (mine) setWrite(mine);
    return mine !== undefined;
  };

  const retry = async () => {
    if (!sid || !write) return;
    setRetrying(true);
    try {
      setWrite(await api.retryWrite(sid, write.writeId));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        const writes = await api.writes(sid).catch(() => []);
        const latest = writes.find((w) => w.writeId === write.writeId);
        if (latest) setWrite(latest);
      }
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setRetrying(false);
    }
  };

  const chooseFormat = (value: string) => {
    const next = value as NoteFormat;
    setFormat(next);
    try {
      localStorage.setItem(formatKey(fhirUser), next);
    } catch {
      // The preference then lasts for this session only.
    }
    void makeDraft(next);
  };

  const unreviewed = draft ? unreviewedParts(draft) : [];
  const undecided = undecidedFlagIds(session.state);
  const flags = session.state.risk?.flags ?? [];
  // Consent is not expected here: it was written when "Record consent" was pressed.
  const expected = [
    'DocumentReference',
    ...(draft && (draft.homework.length > 0 || session.state.safetyPlan) ? ['CarePlan'] : []),
  ];
  const signed = write !== undefined;
  const plan = session.state.safetyPlan;
  const reviewChanged =
    !signed &&
    !drafting &&
    draft !== undefined &&
    (draft.homeworkReviewed ?? reviewKey(undefined)) !== reviewKey(session.state.homeworkReview);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h4">
          {write?.state === 'written' ? 'Signed' : 'Wrap-up'}
        </Title>
        {!signed && (
          <Button size="xs" variant="default" onClick={session.backToSession}>
            Back to session
          </Button>
        )}
      </Group>
      {!signed && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" id="format-label">
            Note format
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="format-label"
            value={format}
            onChange={chooseFormat}
            data={FORMATS}
            disabled={drafting || signing}
          />
        </Group>
      )}
      {problem && (
        <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setProblem(undefined)}>
          {problem}
        </Alert>
      )}
      {reviewChanged && (
        <Alert color="yellow" variant="light" p="xs" role="status" data-testid="review-changed">
          <Stack gap={4}>
            <Text size="sm">
              The homework outcomes changed after this note was drafted, so the note does not say them as they are now.
              The outcomes written to the care plans are the current ones either way.
            </Text>
            <Button size="compact-xs" variant="default" w="fit-content" onClick={() => void makeDraft(format)}>
              Draft the note again (your edits are replaced)
            </Button>
          </Stack>
        </Alert>
      )}
      {drafting && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">Drafting the note and homework…</Text>
        </Group>
      )}
      {existingNote && (
        <Alert color="yellow" variant="light" role="alert" title="This visit already has a signed note">
          <Stack gap="xs">
            <Text size="sm">{existingNote.message}</Text>
            <Group gap="xs">
              {existingNote.writeId && (
                <Button
                  size="xs"
                  loading={signing}
                  onClick={() => void sign({ amend: existingNote.writeId as string })}
                >
                  Amend the signed note
                </Button>
              )}
              <Button size="xs" variant="default" loading={signing} onClick={() => void sign({ separate: true })}>
                Add as a separate note
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {write && (
        <WriteResult
          write={write}
          fhirBaseUrl={fhirBaseUrl}
          expected={expected}
          onRetry={() => void retry()}
          retrying={retrying}
        />
      )}
      {draft && signed && <SignedNote draft={draft} />}
      {draft && !drafting && !signed && (
        <Stack gap="sm">
          {flags.length > 0 && (
            <Paper component="section" aria-label="Flags" withBorder p="sm" radius="md">
              <Title order={3} size="h6" mb={4}>
                Flags raised in this session
              </Title>
              <Text size="xs" mb={6}>
                Only the flags you confirm go into the note&apos;s risk section and the safety plan.
              </Text>
              <SessionFlagDecisions session={session} />
            </Paper>
          )}
          <Paper component="section" aria-label="Progress note" withBorder p="sm" radius="md">
            <Title order={3} size="h6" mb={6}>
              Progress note ({draft.format})
            </Title>
            <NoteEditor draft={draft} onChange={session.setWrapUp} />
          </Paper>
          <Paper component="section" aria-label="Homework" withBorder p="sm" radius="md">
            <Title order={3} size="h6" mb={6}>
              Homework
            </Title>
            <HomeworkEditor items={draft.homework} onChange={(homework) => session.setWrapUp({ ...draft, homework })} />
          </Paper>
          {plan && (
            <Paper component="section" aria-label="Safety plan" withBorder p="sm" radius="md">
              <Title order={3} size="h6" mb={6}>
                Safety plan
              </Title>
              <List size="sm" spacing={2}>
                {SAFETY_PLAN_STEPS.filter((s) => plan[s.key].length > 0).map((s) => (
                  <List.Item key={s.key}>
                    <b>{s.title}:</b> {plan[s.key].join('; ')}
                  </List.Item>
                ))}
              </List>
              <Text size="xs" c="dimmed" mt={4}>
                Saved with the homework in the care plan.
              </Text>
            </Paper>
          )}
        </Stack>
      )}
      {draft && !signed && (
        <Group gap="xs" justify="flex-end" wrap="wrap">
          {unreviewed.length > 0 && (
            <Button size="sm" variant="default" onClick={() => session.setWrapUp(acceptAll(draft))}>
              Accept all
            </Button>
          )}
          {undecided.length > 0 && (
            <Text size="sm" id="undecided-flags" role="status">
              Decide on {undecided.length === 1 ? 'the flag' : `all ${undecided.length} flags`} above before signing.
            </Text>
          )}
          <Button
            size="sm"
            loading={signing}
            disabled={drafting || riskUpdating || undecided.length > 0}
            aria-describedby={undecided.length > 0 ? 'undecided-flags' : undefined}
            onClick={() => (unreviewed.length > 0 ? setConfirming(true) : void sign())}
          >
            Approve and sign
          </Button>
        </Group>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Sign parts you have not reviewed?">
        <Stack gap="sm">
          <Text size="sm">These parts are still exactly as the assistant wrote them:</Text>
          <List size="sm">
            {unreviewed.map((part) => (
              <List.Item key={part}>{part}</List.Item>
            ))}
          </List>
          <Text size="sm">Signing accepts them as your own words.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Review first
            </Button>
            <Button onClick={() => void sign()}>Sign as written</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
