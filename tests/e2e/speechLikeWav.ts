/**
 * The microphone input of the listening test: a WAV file Chromium plays as the fake capture
 * device. The transcription endpoint in that test is a stand-in that answers fixed words, so the
 * sound only has to be what a microphone gives while someone talks: voiced syllables (a 120 Hz
 * voice with two vowel formants that move from syllable to syllable) separated by short pauses.
 * Made here rather than by a speech synthesiser, so the test needs nothing installed.
 */
import { writeFileSync } from 'node:fs';

const RATE = 16_000;

function wav(samples: Int16Array): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.byteLength, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.byteLength, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer)]);
}

/** Writes `seconds` of speech-like sound (16 kHz, 16-bit mono PCM) to `path`. */
export function writeSpeechLikeWav(path: string, seconds = 4): void {
  const samples = new Int16Array(RATE * seconds);
  // First and second formants of a few English vowels (Hz): /a/, /i/, /u/, /e/, /o/.
  const vowels = [
    [730, 1090],
    [270, 2290],
    [300, 870],
    [530, 1840],
    [570, 840],
  ] as const;
  const syllable = 0.25; // seconds, then a pause of a fifth of that
  for (let i = 0; i < samples.length; i++) {
    const t = i / RATE;
    const index = Math.floor(t / (syllable * 1.2));
    const within = t - index * syllable * 1.2;
    if (within > syllable) continue;
    const [f1, f2] = vowels[index % vowels.length] as readonly [number, number];
    const envelope = Math.sin((Math.PI * within) / syllable);
    let sample = 0;
    // Harmonics of the voice, each weighted by how close it lies to a formant.
    for (let h = 1; h * 120 < 4000; h++) {
      const f = h * 120;
      const weight = 1 / (1 + ((f - f1) / 90) ** 2) + 0.6 / (1 + ((f - f2) / 120) ** 2);
      sample += weight * Math.sin(2 * Math.PI * f * t);
    }
    samples[i] = Math.round(Math.max(-1, Math.min(1, 0.3 * envelope * sample)) * 32_767);
  }
  writeFileSync(path, wav(samples));
}
