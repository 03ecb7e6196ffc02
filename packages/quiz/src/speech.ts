/**
 * Reading a question aloud with the browser's speech synthesis. Imported only when the browser has it and the
 * person asks for it; the quiz hides its button elsewhere.
 */

/**
 * Reads `text` in `lang`, with a voice of that language when the browser has one; stops anything read before.
 * `onEnd` is called when the reading ends, fails or is stopped.
 *
 * @example
 * speak('Quel mot de passe est le plus sûr ?', 'fr', () => (speaking = false));
 */
export function speak(text: string, lang: string, onEnd: () => void): void {
  const synthesis = window.speechSynthesis;
  synthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  const voice = synthesis.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith(lang));
  if (voice) utterance.voice = voice;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  synthesis.speak(utterance);
}

/** Stops the reading. */
export function stop(): void {
  window.speechSynthesis.cancel();
}
