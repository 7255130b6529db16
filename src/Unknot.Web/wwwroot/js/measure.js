// The camera check of the neck's range of motion. The face's angles come from measure-face.js, each taken relative to
// the calibrated neutral and smoothed over the last frames. Frames are read at most ten times a second, so the page
// stays responsive. No frame leaves the page.
// The same markup (Shared/_Measure.cshtml) serves the /measure page and the player's check before and after a
// routine; a finished check is announced as an 'unknot:measured' event whose detail is the measurement, in the
// shape of the API's measurements.before and .after. Human is loaded only when a check starts.
// The steps, their figure and the directions' names come from the page (Core's NeckCheck, as App's NeckCheckView).
// While the camera is on, each frame is announced as an 'unknot:angles' event: the degrees toward each direction
// (negative when the head is the other way), or null while no face is seen. The player's form check starts and
// stops the camera with an 'unknot:watch' event ({video} to start, null to stop) and follows those angles; a camera
// that fails is announced as 'unknot:camera-failed', with what went wrong.

import { $, capital, emit } from './dom.js';
import { attach, ease } from './figure.js';
import { AXES, DIRECTIONS, anglesOn, median, model, relative, toward, words } from './measure-face.js';

const EVERY_MS = 100;
const SMOOTHING = 5;
// Near a full profile the face tracker loses the face: a turn seen this far before it was lost reads "at least".
const LOST_BEYOND = { turn: 40, tilt: 30, nod: 30 };
const SETUP = JSON.parse($('measure-setup').textContent);
const STEP_SECONDS = SETUP.stepSeconds;

// The guided check: the neutral first, then each direction as far as is comfortable.
const STEPS = SETUP.steps.map((step) => ({ ...step, ...DIRECTIONS[step.key] }));
const title = (key) => capital(SETUP.names[key]);

// The figure showing each move: it moves from the step before's pose to this step's in a second.
const figure = attach($('check-figure').querySelector('svg'), SETUP.figure);
function showMove(from, to) {
    $('check-figure').hidden = false;
    const started = performance.now();
    const move = (now) => {
        const t = Math.min(1, (now - started) / 1000);
        figure.show([from, to], ease(t));
        if (t < 1 && state.check) requestAnimationFrame(move);
    };
    requestAnimationFrame(move);
}

const state = { stream: null, video: null, timer: null, neutral: { yaw: 0, roll: 0, pitch: 0 }, recent: [], check: null };

async function frame() {
    const video = state.video;
    if (!state.stream) return;
    try {
        const angle = await anglesOn(video);
        if (angle) {
            state.recent.push(angle);
            if (state.recent.length > SMOOTHING) state.recent.shift();
        } else {
            state.recent = [];
        }
        show();
    } catch (error) {
        fail(`the face could not be read (${error.message || error})`);
        return;
    }
    state.timer = setTimeout(frame, EVERY_MS);
}

function show() {
    const now = relative(state.recent, state.neutral);
    $('live').hidden = false;
    for (const axis of Object.keys(AXES)) {
        const cell = document.querySelector(`#live [data-angle="${axis}"]`);
        cell.textContent = now ? words(axis, now[axis]) : 'no face seen';
        cell.dataset.degrees = now ? now[axis].toFixed(1) : '';
    }
    emit('unknot:angles', now ? toward(now) : null);
    if (state.check) follow(now);
}

// ---- the guided check ----
function follow(now) {
    const check = state.check;
    const step = STEPS[check.index];
    if (!step.axis) {
        if (state.recent.length) check.neutral.push(median(state.recent));
        return;
    }
    const best = check.best[step.key] || (check.best[step.key] = { degrees: 0, atLeast: false, last: null });
    if (now) {
        const degrees = toward(now)[step.key];
        best.last = degrees;
        if (degrees > best.degrees) best.degrees = degrees;
    } else if (best.last !== null && best.last >= LOST_BEYOND[step.axis]) {
        // Lost while far over: it went further than the camera could follow.
        best.atLeast = true;
    }
}

function nextStep() {
    const check = state.check;
    if (!check) return;
    if (check.index === 0 && check.neutral.length) {
        state.neutral = median(check.neutral);
    } else if (check.index === 0) {
        fail('no face was seen while calibrating: sit facing the camera, in good light, and start again');
        return;
    }
    check.index++;
    if (check.index >= STEPS.length) { finish(); return; }
    announce();
}

function announce() {
    const check = state.check;
    const step = STEPS[check.index];
    $('step').textContent = `${check.index + 1} of ${STEPS.length}: ${step.say}`;
    $('step').dataset.step = step.key;
    showMove(STEPS[Math.max(0, check.index - 1)].pose, step.pose);
    check.endsAt = performance.now() + STEP_SECONDS * 1000;
    countdown();
}
function countdown() {
    const check = state.check;
    if (!check) return;
    const left = check.endsAt - performance.now();
    if (left <= 0) { nextStep(); return; }
    $('step-left').textContent = `${Math.ceil(left / 1000)} s`;
    check.tick = setTimeout(countdown, Math.min(250, left));
}

function finish() {
    const best = state.check.best;
    const measurement = {};
    const lowerBounds = [];
    const rows = [];
    for (const step of STEPS.slice(1)) {
        const got = best[step.key] || { degrees: 0, atLeast: false };
        measurement[step.key] = Math.round(Math.max(0, got.degrees));
        if (got.atLeast) lowerBounds.push(step.key);
        rows.push([title(step.key), `${got.atLeast ? 'at least ' : ''}${measurement[step.key]}°`, step.key]);
    }
    if (lowerBounds.length) measurement.atLeast = lowerBounds;
    state.check = null;
    $('check-figure').hidden = true;
    $('step').textContent = 'Done. Your figures are below.';
    $('step').dataset.step = 'done';
    $('step-left').textContent = '';
    const body = $('results').querySelector('tbody');
    body.replaceChildren(...rows.map(([name, value, key]) => {
        const row = document.createElement('tr');
        row.dataset.direction = key;
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = name;
        const td = document.createElement('td');
        td.textContent = value;
        row.append(th, td);
        return row;
    }));
    $('results').hidden = false;
    stop();
    emit('unknot:measured', measurement);
}

// ---- the camera ----
async function start(into) {
    $('problem').hidden = true;
    if (state.stream) return true;
    state.video = into || $('camera');
    $('camera-note').textContent = 'Starting the camera and the face model…';
    try {
        await model();
        state.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } }, audio: false });
    } catch (error) {
        fail(error && error.name === 'NotAllowedError'
            ? 'the camera was not allowed: allow it for this page in the browser, then start again'
            : `the camera could not start (${(error && (error.message || error.name)) || error})`);
        return false;
    }
    const video = state.video;
    video.srcObject = state.stream;
    await video.play();
    $('camera-note').textContent = 'The camera is on. Nothing is kept or sent.';
    $('off').hidden = false;
    state.recent = [];
    frame();
    return true;
}
// While a check runs, its buttons go: starting again, or showing the angles alone, would reset it halfway.
function checking(on) {
    $('begin').hidden = on;
    $('try').hidden = on;
}
function stop() {
    checking(false);
    clearTimeout(state.timer);
    state.stream?.getTracks().forEach((track) => track.stop());
    state.stream = null;
    if (state.video) state.video.srcObject = null;
    $('check-figure').hidden = true;
    $('camera-note').textContent = 'The camera is off.';
    $('off').hidden = true;
}
// Ends a check under way (if any) and turns the camera off.
function abandon() {
    if (state.check) clearTimeout(state.check.tick);
    state.check = null;
    stop();
}
function fail(message) {
    abandon();
    $('problem').textContent = `Could not measure: ${message}.`;
    $('problem').hidden = false;
    emit('unknot:camera-failed', `Could not measure: ${message}.`);
}

$('try').addEventListener('click', () => { state.neutral = { yaw: 0, roll: 0, pitch: 0 }; start(); });
$('off').addEventListener('click', () => { abandon(); $('step').textContent = ''; $('step-left').textContent = ''; });
$('begin').addEventListener('click', async () => {
    $('results').hidden = true;
    state.neutral = { yaw: 0, roll: 0, pitch: 0 };
    if (!(await start())) return;
    checking(true);
    state.check = { index: 0, neutral: [], best: {}, endsAt: 0, tick: null };
    announce();
});
document.addEventListener('unknot:watch', (event) => {
    if (event.detail && event.detail.video) start(event.detail.video);
    else abandon();
});
window.addEventListener('pagehide', stop);
