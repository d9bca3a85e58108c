/** The line every drafted note carries, naming what drafted it; the approval itself is recorded at sign-off. */
export function aiDisclosure(by: { provider: 'embedded' | 'openai'; model: string }): string {
  const what =
    by.provider === 'embedded'
      ? `the on-premises assistant (${by.model})`
      : `a language model (${by.model}) on de-identified text`;
  return `AI-assisted documentation: this note was drafted by ${what} from the session transcript, with each statement linked to the client’s words, and must be reviewed, edited as needed and approved by the treating clinician before it is signed.`;
}
