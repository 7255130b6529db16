// The form check: the neck's angle (measure.js reads it from the camera) against each neck stretch's band.
// Each segment with a band counts the seconds played (by the player's clock, so a pause stops it) and, of those,
// the seconds the camera saw the neck inside the band: each frame's reading counts for the time since the one
// before, at most half a second, so a camera that stalls counts nothing it did not see.
import { $, capital, emit } from './dom.js';
import { paused, position } from './player-clock.js';
import { segments, session, setup } from './player-setup.js';

const MAX_FRAME_SECONDS = 0.5;
const form = { wanted: false, on: false, holds: {}, last: null, angle: null, problem: null };

/** True when the person asked for the form check before starting. */
export const formWanted = () => form.wanted;

/** Turns the camera and the gauge on or off. */
export function watch(on) {
    if (on === form.on) return;
    form.on = on;
    form.last = null;
    form.angle = null;
    emit('unknot:watch', on ? { video: $('form-camera') } : null);
    $('form').hidden = !on;
}

function holdOf(index) {
    const seg = segments[index];
    return form.holds[index] || (form.holds[index] = {
        segment: index, exercise: seg.exercise, direction: seg.band.direction, from: seg.band.from, to: seg.band.to, held: 0, played: 0,
    });
}
const inBand = (band, degrees) => degrees !== null && degrees >= band.from && degrees <= band.to;

/** What the check saw in each segment played with it, as a report's measurements.form. */
export function formHolds() {
    return Object.values(form.holds)
        .map(h => {
            const ofSeconds = Math.min(segments[h.segment].durationSeconds, Math.round(h.played));
            return { segment: h.segment, exercise: h.exercise, direction: h.direction, from: h.from, to: h.to, heldSeconds: Math.min(ofSeconds, Math.round(h.held)), ofSeconds };
        })
        .filter(h => h.ofSeconds >= 1)
        .sort((a, b) => a.segment - b.segment);
}

/** Forgets what the check saw in segment `index`, which plays again. */
export function forgetHold(index) {
    delete form.holds[index];
}

/** Shows the gauge for the segment playing at `pos`, and counts the seconds played in it. */
export function showForm(pos) {
    if (!form.on || session.index < 0 || session.index >= segments.length) return;
    const seg = segments[session.index];
    const band = seg.band;
    if (band) {
        const hold = holdOf(session.index);
        hold.played = Math.max(hold.played, Math.min(seg.durationSeconds, pos - seg.startSeconds));
    }
    const gauge = document.querySelector('#form .gauge');
    gauge.hidden = !band;
    if (form.problem) {
        $('form-reading').textContent = form.problem;
    } else if (!band) {
        $('form-reading').textContent = 'The gauge shows during the neck stretches.';
    } else {
        const where = form.angle === null ? 'no face seen: face the camera'
            : form.angle < band.from ? 'below the band: a little further, gently'
            : form.angle > band.to ? 'past the band: ease off a little'
            : 'in the band';
        $('form-reading').textContent = `${capital(setup.directions[band.direction])} ${form.angle === null ? '–' : `${Math.round(form.angle)}°`} · target ${band.from}–${band.to}° · ${where}`;
        $('form-reading').dataset.inBand = String(inBand(band, form.angle));
        // The scale runs from 0 to a little past the band.
        const top = band.to + 20;
        const at = (degrees) => `${(Math.max(0, Math.min(top, degrees)) / top * 100).toFixed(1)}%`;
        $('gauge-band').style.left = at(band.from);
        $('gauge-band').style.width = `${((band.to - band.from) / top * 100).toFixed(1)}%`;
        $('gauge-needle').style.left = at(form.angle ?? 0);
        $('gauge-needle').hidden = form.angle === null;
        const hold = holdOf(session.index);
        $('form-held').textContent = `Held in band: ${Math.min(Math.round(hold.held), Math.round(hold.played))} of ${Math.round(hold.played)} s`;
    }
}

document.addEventListener('unknot:angles', (event) => {
    if (!form.on || session.finished || session.index < 0) return;
    const seg = segments[session.index];
    const pos = position();
    form.angle = seg.band && event.detail ? event.detail[seg.band.direction] : null;
    form.problem = null;
    if (seg.band && !paused() && form.last && form.last.index === session.index && inBand(seg.band, form.angle)) {
        holdOf(session.index).held += Math.max(0, Math.min(MAX_FRAME_SECONDS, pos - form.last.pos));
    }
    form.last = { index: session.index, pos };
    showForm(pos);
});
document.addEventListener('unknot:camera-failed', (event) => {
    if (!form.on) return;
    form.problem = event.detail;
    showForm(position());
});
$('form-check')?.addEventListener('change', (event) => { form.wanted = event.target.checked; });
$('form-off').addEventListener('click', () => { form.wanted = false; watch(false); });
