// The browser player. The server compiled the timeline; this only plays it, on the player's clock
// (player-clock.js), reporting the session as it goes (player-reports.js), with the figure (player-figure.js), the
// form check (player-form.js) and the end screen (player-end.js).
import { $ } from './dom.js';
import { backFrom, clock, countdownAt, end, indexAt, moveTo, pause, paused, playFrom, position, resume } from './player-clock.js';
import { save, showEnd } from './player-end.js';
import { animate } from './player-figure.js';
import { formWanted, forgetHold, watch } from './player-form.js';
import { rating } from './player-pain.js';
import { reportSession } from './player-reports.js';
import { render } from './player-screen.js';
import { items, segments, session, setup } from './player-setup.js';
import { allowSound, beep, hush, keepAwake, letSleep, speak } from './player-sound.js';

let timer = null;
let countedDown = null;

// ---- playing ----
function begin(from) {
    allowSound();
    session.id = from?.sessionId || (crypto.randomUUID ? crypto.randomUUID() : fallbackUuid());
    session.completed = false;
    session.startedAt = from?.startedAt || new Date().toISOString();
    session.outcomes = from?.outcomes || segments.map(() => 'pending');
    session.painBefore = from ? from.painBefore ?? null : rating('before');
    const index = from ? from.index : 0;
    playFrom(segments[index].startSeconds + (from ? from.secondsInto : 0));
    $('before').hidden = true;
    $('measuring').hidden = true;
    $('stage').hidden = false;
    $('bottom').hidden = false;
    $('player').classList.add('playing');
    keepAwake();
    if (formWanted()) watch(true);
    enter(index);
    tick();
    animate();
}

function enter(i) {
    session.index = i;
    countedDown = null;
    beep(880, 0.15);
    // What the voice says is the timeline's: each cue once, then a count for the repetitions after the first.
    speak(segments[i].spoken);
    reportSession();
}

function tick() {
    clearTimeout(timer);
    if (session.finished) return;
    const pos = position();
    const i = indexAt(pos);
    if (i !== session.index) {
        for (let k = Math.max(0, session.index); k < i && k < segments.length; k++) {
            if (session.outcomes[k] === 'pending') session.outcomes[k] = 'done';
        }
        if (i >= segments.length) { finish(true); return; }
        enter(i);
    }
    const seg = segments[session.index];
    const second = paused() ? null : countdownAt(seg, pos);
    if (second !== null && countedDown !== second) {
        countedDown = second;
        beep(660, 0.08);
    }
    render(pos);
    if (!paused()) {
        timer = setTimeout(tick, Math.max(5, Math.min(250, (end(seg) - pos) * 1000)));
    }
}

function jump(k) {
    if (k >= segments.length) { finish(true); return; }
    moveTo(segments[k].startSeconds);
    enter(k);
    tick();
}

const controls = {
    toggle() {
        if (session.finished) return;
        if (!paused()) {
            const at = pause();
            clearTimeout(timer);
            reportSession();
            render(at);
        } else {
            resume();
            tick();
        }
    },
    skip() {
        if (session.finished) return;
        session.outcomes[session.index] = 'skipped';
        jump(session.index + 1);
    },
    back() {
        if (session.finished) return;
        const target = backFrom(session.index, position());
        for (let k = target; k <= session.index; k++) { session.outcomes[k] = 'pending'; forgetHold(k); }
        jump(target);
    },
    stop() { if (!session.finished) finish(false); },
};

function finish(completed) {
    clearTimeout(timer);
    session.finished = true;
    session.completed = completed;
    session.endedAt = new Date().toISOString();
    if (completed) session.outcomes = session.outcomes.map(o => o === 'pending' ? 'done' : o);
    letSleep();
    watch(false);
    hush();
    showEnd(completed);
    if (completed) speak('Well done.');
    save();
}

function fallbackUuid() {
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, c => {
        const r = Math.random() * 16 | 0;
        return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
    });
}

// ---- the camera check before and after (measure.js announces each finished check) ----
let measuringFor = null;
function openCheck(when) {
    measuringFor = when;
    $('measuring').hidden = false;
    $('measuring').scrollIntoView({ block: 'start' });
}
document.addEventListener('unknot:measured', (event) => {
    const when = measuringFor;
    if (!when) return;
    session.measurements[when] = event.detail;
    $(`measured-${when}`).textContent = when === 'before'
        ? 'Measured: kept with this session once you start.'
        : 'Measured: kept with this session.';
    // After the end, the session is already stored: the report goes again, with the check.
    if (when === 'after' && session.finished) save();
});

// ---- wiring ----
$('measure-before').addEventListener('click', () => openCheck('before'));
$('measure-after').addEventListener('click', () => openCheck('after'));
$('measuring-close').addEventListener('click', () => { $('measuring').hidden = true; });
$('voice').checked = !!setup.settings.voice && 'speechSynthesis' in window;
$('voice').disabled = !('speechSynthesis' in window);
$('start').addEventListener('click', () => begin(null));
$('resume').addEventListener('click', () => begin(setup.resume));
$('pause').addEventListener('click', controls.toggle);
$('skip').addEventListener('click', controls.skip);
$('back').addEventListener('click', controls.back);
$('stop').addEventListener('click', controls.stop);
// The keys act on the focused control first: Space or Enter on a button or a checkbox is that control's own
// action (the browser's), an arrow on a slider moves the slider. Only elsewhere are they the player's keys.
const OWN_KEYS = { button: [' ', 'Enter'], a: [' ', 'Enter'], checkbox: [' ', 'Enter'], range: [' ', 'Enter', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'] };
function focusedTakes(target, key) {
    if (!(target instanceof Element) || target === document.body) return false;
    if (target.closest('textarea, select, [contenteditable]') || (target.tagName === 'INPUT' && !['checkbox', 'range', 'radio'].includes(target.type))) return key !== 'Escape';
    const kind = target.tagName === 'INPUT' ? target.type : target.tagName.toLowerCase();
    return (OWN_KEYS[kind] || []).includes(key);
}
document.addEventListener('keydown', (e) => {
    if ($('stage').hidden || session.finished || e.altKey || e.ctrlKey || e.metaKey) return;
    if (focusedTakes(e.target, e.key)) return;
    const actions = { ' ': controls.toggle, ArrowRight: controls.skip, ArrowLeft: controls.back, Escape: controls.stop };
    const action = actions[e.key];
    if (action) { e.preventDefault(); action(); }
});
// Back on the page: the clock has gone on meanwhile (timers wait while a tab is hidden), and the screen catches up.
document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !session.finished && session.index >= 0) {
        if (!paused()) keepAwake();
        tick();
    }
});

// A page this device kept may offer a session that has ended since: the offer waits for the network.
const saved = navigator.onLine ? setup.resume : null;
if (saved) {
    const seg = segments[saved.index];
    // Unfinished (left mid-way), not stopped: a stopped session is never offered.
    $('resume-where').textContent = `Left unfinished at ${seg.exerciseName}, exercise ${seg.item + 1} of ${items}, ${clock(seg.startSeconds + saved.secondsInto)} in.`;
    $('resume-offer').hidden = false;
}
