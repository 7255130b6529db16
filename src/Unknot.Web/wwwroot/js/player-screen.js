// What the player shows while it plays: the countdown ring, the exercise and its cue, what comes next, the progress,
// the figure and the form check's gauge, all drawn from where the clock is.
import { $ } from './dom.js';
import { clock, end, paused } from './player-clock.js';
import { drawFigure } from './player-figure.js';
import { showForm } from './player-form.js';
import { items, segments, session, total } from './player-setup.js';

const KIND = { prepare: 'Get ready', work: 'Move', hold: 'Hold', switch: 'Switch sides', transition: 'Next up', rest: 'Rest' };
const CIRCUMFERENCE = 326.73;

function describe(seg) {
    const parts = [KIND[seg.kind] || seg.kind];
    if (seg.side && seg.side !== 'none' && seg.kind !== 'switch') parts.push(`${seg.side} side`);
    if (seg.rep) parts.push(`rep ${seg.rep} of ${seg.repCount}`);
    if (seg.phase) parts.push(seg.phase);
    return parts.join(' · ');
}

/** Draws the segment playing as it is at `pos`. */
export function render(pos) {
    const seg = segments[session.index];
    const left = end(seg) - pos;
    $('arc').setAttribute('stroke-dashoffset', String(CIRCUMFERENCE * (1 - Math.max(0, left) / seg.durationSeconds)));
    $('countdown').textContent = left >= 60 ? clock(left) : String(Math.max(0, Math.ceil(left - 1e-9)));
    $('exercise').textContent = `${seg.exerciseName}`;
    $('meta').textContent = `${describe(seg)} · exercise ${seg.item + 1} of ${items}`;
    $('cue').textContent = seg.cue;
    // The timeline gives each phase the caution that belongs to it, and none to the phases it does not.
    $('caution').textContent = seg.caution ? `Careful: ${seg.caution}` : '';
    const next = segments[session.index + 1];
    // A transition's cue already says "Next: …": under it comes what to do then, not a second "Next".
    $('next').textContent = !next ? 'Next: done.'
        : seg.kind === 'transition' ? `Then: ${next.cue}`
        : next.kind === 'transition' ? `Next: move on to ${next.exerciseName} (${next.durationSeconds} s)`
        : `Next: ${next.kind === 'hold' || next.kind === 'work' ? `${next.exerciseName} — ` : ''}${next.cue}`;
    $('state-note').textContent = paused() ? 'Paused — press Space or Resume to go on.' : '';
    $('pause').textContent = paused() ? 'Resume' : 'Pause';
    const share = Math.min(1, pos / total);
    $('progress-bar').style.width = `${(share * 100).toFixed(2)}%`;
    $('progress').setAttribute('aria-valuenow', String(Math.round(share * 100)));
    // Elapsed rounds down and the countdown up, so the two always add up to the whole.
    $('elapsed').textContent = clock(Math.floor(Math.min(pos, total) + 1e-9));
    drawFigure(pos);
    showForm(pos);
}
