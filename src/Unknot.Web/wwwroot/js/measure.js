// The camera check of the neck's range of motion. Human (served by Unknot from wwwroot/vendor, run by TensorFlow.js's
// WebAssembly backend from the same place) finds the face on each frame and gives its orientation: yaw (turn), roll
// (tilt) and pitch (nod). Each angle is taken relative to the calibrated neutral and smoothed over the last frames.
// Frames are read at most ten times a second, so the page stays responsive. No frame leaves the page.
// The same markup (Shared/_Measure.cshtml) serves the /measure page and the player's check before and after a
// routine; a finished check is announced as an 'unknot:measured' event whose detail is the measurement, in the
// shape of the API's measurements.before and .after. Human is loaded only when a check starts.

const $ = (id) => document.getElementById(id);
const DEGREES = 180 / Math.PI;
const EVERY_MS = 100;
const SMOOTHING = 5;
// Near a full profile the face tracker loses the face: a turn seen this far before it was lost reads "at least".
const LOST_BEYOND = { turn: 40, tilt: 30, nod: 30 };
const STEP_SECONDS = 5;

// In the person's own terms, not the camera's: left is their left. The camera's picture is not mirrored (only its
// view on the page is), so the person's left is the picture's right. Human's yaw grows as the face turns to the
// person's left, its roll as the head tilts toward the left shoulder (the picture turns clockwise), and its pitch as
// the chin goes down. The tests check each sign with pictures turned by known angles (docs/measure.md).
const AXES = {
    turn: { from: 'yaw', positive: 'left', negative: 'right' },
    tilt: { from: 'roll', positive: 'left', negative: 'right' },
    nod: { from: 'pitch', positive: 'down', negative: 'up' },
};

// The guided check: the neutral first, then each direction as far as is comfortable.
const STEPS = [
    { key: 'neutral', say: 'Look straight at the screen, shoulders relaxed.' },
    { key: 'rotationLeft', axis: 'turn', side: 'left', say: 'Turn your head to the left, as far as is comfortable.' },
    { key: 'rotationRight', axis: 'turn', side: 'right', say: 'Now turn to the right.' },
    { key: 'tiltLeft', axis: 'tilt', side: 'left', say: 'Back to the middle, then tilt your left ear toward your left shoulder.' },
    { key: 'tiltRight', axis: 'tilt', side: 'right', say: 'Now tilt your right ear toward your right shoulder.' },
    { key: 'flexion', axis: 'nod', side: 'down', say: 'Back to the middle, then bring your chin down toward your chest.' },
    { key: 'extension', axis: 'nod', side: 'up', say: 'Now lift your chin and look up.' },
];
const NAMES = {
    rotationLeft: 'Turn left', rotationRight: 'Turn right', tiltLeft: 'Tilt left', tiltRight: 'Tilt right',
    flexion: 'Chin down (flexion)', extension: 'Chin up (extension)',
};

const CONFIG = {
    backend: 'wasm',
    wasmPath: '/vendor/human/wasm/',
    wasmPlatformFetch: false,
    modelBasePath: '/vendor/human/models/',
    cacheModels: false,
    warmup: 'none',
    debug: false,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
        enabled: true,
        detector: { rotation: true, maxDetected: 1, return: false },
        mesh: { enabled: true },
        attention: { enabled: false },
        iris: { enabled: false },
        description: { enabled: false },
        emotion: { enabled: false },
        antispoof: { enabled: false },
        liveness: { enabled: false },
    },
};
let human = null;
async function model() {
    if (!human) {
        const { Human } = await import('/vendor/human/human.esm.js');
        human = new Human(CONFIG);
        await human.load();
    }
    return human;
}

const state = { stream: null, timer: null, neutral: { yaw: 0, roll: 0, pitch: 0 }, recent: [], check: null };

// The median of each of Human's angles over some readings (radians): the smoothing, and the calibrated neutral.
function median(readings) {
    const mid = (key) => readings.map((a) => a[key]).sort((x, y) => x - y)[Math.floor(readings.length / 2)];
    return { yaw: mid('yaw'), roll: mid('roll'), pitch: mid('pitch') };
}
// The latest smoothed angles, relative to the neutral, in degrees; null while no face is seen.
function reading() {
    if (!state.recent.length) return null;
    const smoothed = median(state.recent);
    const out = {};
    for (const [axis, { from }] of Object.entries(AXES)) out[axis] = (smoothed[from] - state.neutral[from]) * DEGREES;
    return out;
}
function words(axis, degrees) {
    const { positive, negative } = AXES[axis];
    const whole = Math.round(Math.abs(degrees));
    return whole === 0 ? '0°' : `${whole}° ${degrees > 0 ? positive : negative}`;
}

async function frame() {
    const video = $('camera');
    if (!state.stream) return;
    try {
        const result = await (await model()).detect(video);
        const angle = result.face[0]?.rotation?.angle;
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
    const now = reading();
    $('live').hidden = false;
    for (const axis of Object.keys(AXES)) {
        const cell = document.querySelector(`#live [data-angle="${axis}"]`);
        cell.textContent = now ? words(axis, now[axis]) : 'no face seen';
        cell.dataset.degrees = now ? now[axis].toFixed(1) : '';
    }
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
    const wanted = step.side === AXES[step.axis].positive ? 1 : -1;
    const best = check.best[step.key] || (check.best[step.key] = { degrees: 0, atLeast: false, last: null });
    if (now) {
        const toward = wanted * now[step.axis];
        best.last = toward;
        if (toward > best.degrees) best.degrees = toward;
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
        rows.push([NAMES[step.key], `${got.atLeast ? 'at least ' : ''}${measurement[step.key]}°`, step.key]);
    }
    if (lowerBounds.length) measurement.atLeast = lowerBounds;
    state.check = null;
    $('step').textContent = 'Done. Your figures are below.';
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
    document.dispatchEvent(new CustomEvent('unknot:measured', { detail: measurement }));
}

// ---- the camera ----
async function start() {
    $('problem').hidden = true;
    if (state.stream) return true;
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
    const video = $('camera');
    video.srcObject = state.stream;
    await video.play();
    $('camera-note').textContent = 'The camera is on. Nothing is kept or sent.';
    $('off').hidden = false;
    state.recent = [];
    frame();
    return true;
}
function stop() {
    clearTimeout(state.timer);
    state.stream?.getTracks().forEach((track) => track.stop());
    state.stream = null;
    $('camera').srcObject = null;
    $('camera-note').textContent = 'The camera is off.';
    $('off').hidden = true;
}
function fail(message) {
    if (state.check) clearTimeout(state.check.tick);
    state.check = null;
    stop();
    $('problem').textContent = `Could not measure: ${message}.`;
    $('problem').hidden = false;
}

$('try').addEventListener('click', () => { state.neutral = { yaw: 0, roll: 0, pitch: 0 }; start(); });
$('off').addEventListener('click', () => { if (state.check) clearTimeout(state.check.tick); state.check = null; $('step').textContent = ''; $('step-left').textContent = ''; stop(); });
$('begin').addEventListener('click', async () => {
    $('results').hidden = true;
    state.neutral = { yaw: 0, roll: 0, pitch: 0 };
    if (!(await start())) return;
    state.check = { index: 0, neutral: [], best: {}, endsAt: 0, tick: null };
    announce();
});
window.addEventListener('pagehide', stop);
