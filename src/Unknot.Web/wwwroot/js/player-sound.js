// The player's beeps and voice, and the screen kept awake while it plays. Without sound or a voice in the browser
// the player works silently, the cues staying on screen.
import { $ } from './dom.js';
import { setup } from './player-setup.js';

let audio = null;
let lock = null;

/** Makes sound possible: browsers allow it only from a person's action, such as Start. */
export function allowSound() {
    audio = audio || (window.AudioContext ? new AudioContext() : null);
}

/** A beep at `frequency` for `seconds`, at the volume the settings give. */
export function beep(frequency, seconds) {
    if (!audio) return;
    try {
        const osc = audio.createOscillator(), gain = audio.createGain();
        osc.frequency.value = frequency;
        gain.gain.value = Math.max(0, Math.min(1, setup.settings.beepVolume / 100)) * 0.3;
        osc.connect(gain).connect(audio.destination);
        osc.start();
        osc.stop(audio.currentTime + seconds);
    } catch { /* no audio here: the player works silently */ }
}

/** Says `text` in the voice the settings name, when the Voice box is ticked. */
export function speak(text) {
    if (!$('voice').checked || !('speechSynthesis' in window)) return;
    try {
        speechSynthesis.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        const wanted = setup.settings.voiceName && speechSynthesis.getVoices().find(v => v.name === setup.settings.voiceName);
        if (wanted) utterance.voice = wanted;
        speechSynthesis.speak(utterance);
    } catch { /* no voice here: cues stay on screen */ }
}

/** Stops what the voice is saying. */
export function hush() {
    if ('speechSynthesis' in window) speechSynthesis.cancel();
}

/** Keeps the screen on. */
export async function keepAwake() {
    try { lock = await navigator.wakeLock?.request('screen'); } catch { lock = null; }
}

/** Lets the screen sleep again. */
export function letSleep() {
    try { lock?.release(); } catch { /* already released */ }
    lock = null;
}
