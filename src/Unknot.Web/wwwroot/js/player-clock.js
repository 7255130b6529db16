// The player's clock. Every moment is computed from performance.now() against one origin (moved by pauses and
// jumps), never by counting ticks, so a throttled timer or a hidden tab cannot make it drift. When a segment counts
// down and what "back" does are the session engine's own rules (Core's SessionMoments), read from the setup.
import { segments, setup } from './player-setup.js';

const moments = setup.moments;
let origin = 0;
let pausedAt = null;

/** Seconds into the timeline now; still while paused. */
export const position = () => pausedAt !== null ? pausedAt : (performance.now() - origin) / 1000;

/** True while paused. */
export const paused = () => pausedAt !== null;

/** Plays on from `seconds` into the timeline. */
export function playFrom(seconds) {
    origin = performance.now() - seconds * 1000;
    pausedAt = null;
}

/** Stops the clock where it is; answers where. */
export function pause() {
    pausedAt = position();
    return pausedAt;
}

/** Starts the clock again from where it was paused. */
export function resume() {
    playFrom(pausedAt);
}

/** Moves the clock to `seconds`, paused or playing as it was. */
export function moveTo(seconds) {
    if (pausedAt !== null) pausedAt = seconds; else origin = performance.now() - seconds * 1000;
}

/** Where a segment ends. */
export const end = (s) => s.startSeconds + s.durationSeconds;

/** The segment playing at `pos`, or the number of segments once past the end. */
export function indexAt(pos) {
    for (let i = 0; i < segments.length; i++) if (pos < end(segments[i])) return i;
    return segments.length;
}

/** Seconds as a clock shows them: 1:05. */
export function clock(seconds) {
    const s = Math.max(0, Math.ceil(seconds - 1e-9));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The second the countdown of `seg` is at (3, 2, 1) at `pos`, or null outside it or in a segment too short for one. */
export function countdownAt(seg, pos) {
    if (seg.durationSeconds < moments.countdownFromSeconds) return null;
    const whole = Math.ceil(end(seg) - pos);
    return whole >= 1 && whole <= moments.countdownSeconds ? whole : null;
}

/** Where "back" goes from segment `index` at `pos`: the one before just after a start, else the start of this one. */
export function backFrom(index, pos) {
    const into = pos - segments[index].startSeconds;
    return into < moments.backRestartsAfterSeconds && index > 0 ? index - 1 : index;
}
