// The face on the camera's picture, for the camera check (measure.js). Human (served by Unknot from wwwroot/vendor,
// run by TensorFlow.js's WebAssembly backend from the same place) finds the face on a frame and gives its
// orientation: yaw (turn), roll (tilt) and pitch (nod). Human is loaded only when a check starts, and no frame leaves
// the page. Here those angles become the person's own: turned, tilted and nodded, left or right, up or down.

const DEGREES = 180 / Math.PI;

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

/** Human with its face models, loaded on first use. */
export async function model() {
    if (!human) {
        const { Human } = await import('/vendor/human/human.esm.js');
        human = new Human(CONFIG);
        await human.load();
    }
    return human;
}

/** Human's angles of the face on `video`'s picture now (radians: yaw, roll, pitch), or null when no face is seen. */
export async function anglesOn(video) {
    const result = await (await model()).detect(video);
    return result.face[0]?.rotation?.angle || null;
}

// In the person's own terms, not the camera's: left is their left. The camera's picture is not mirrored (only its
// view on the page is), so the person's left is the picture's right. Human's yaw grows as the face turns to the
// person's left, its roll as the head tilts toward the left shoulder (the picture turns clockwise), and its pitch as
// the chin goes down. The tests check each sign with pictures turned by known angles (docs/measure.md).
export const AXES = {
    turn: { from: 'yaw', positive: 'left', negative: 'right' },
    tilt: { from: 'roll', positive: 'left', negative: 'right' },
    nod: { from: 'pitch', positive: 'down', negative: 'up' },
};

// Each direction of the API's measurements: the axis it is read on, and which way along it.
export const DIRECTIONS = {
    rotationLeft: { axis: 'turn', side: 'left' }, rotationRight: { axis: 'turn', side: 'right' },
    tiltLeft: { axis: 'tilt', side: 'left' }, tiltRight: { axis: 'tilt', side: 'right' },
    flexion: { axis: 'nod', side: 'down' }, extension: { axis: 'nod', side: 'up' },
};

/** The degrees toward each direction of an angle reading. */
export function toward(now) {
    const out = {};
    for (const [key, { axis, side }] of Object.entries(DIRECTIONS)) out[key] = (side === AXES[axis].positive ? 1 : -1) * now[axis];
    return out;
}

/** The median of each of Human's angles over some readings (radians): the smoothing, and the calibrated neutral. */
export function median(readings) {
    const mid = (key) => readings.map((a) => a[key]).sort((x, y) => x - y)[Math.floor(readings.length / 2)];
    return { yaw: mid('yaw'), roll: mid('roll'), pitch: mid('pitch') };
}

/** The smoothed angle of each axis over the `recent` readings, relative to `neutral`, in degrees; null without readings. */
export function relative(recent, neutral) {
    if (!recent.length) return null;
    const smoothed = median(recent);
    const out = {};
    for (const [axis, { from }] of Object.entries(AXES)) out[axis] = (smoothed[from] - neutral[from]) * DEGREES;
    return out;
}

/** An angle on an axis in words: "12° left". */
export function words(axis, degrees) {
    const { positive, negative } = AXES[axis];
    const whole = Math.round(Math.abs(degrees));
    return whole === 0 ? '0°' : `${whole}° ${degrees > 0 ? positive : negative}`;
}
