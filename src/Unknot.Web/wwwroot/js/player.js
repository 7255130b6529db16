// The browser player. The server compiled the timeline; this only plays it. Every moment is computed from
// performance.now() against one origin (moved by pauses and jumps), never by counting ticks, so a throttled
// timer or a hidden tab cannot make it drift.
(() => {
    'use strict';
    const setup = JSON.parse(document.getElementById('setup').textContent);
    const segments = setup.timeline.segments;
    const total = setup.timeline.totalSeconds;
    const items = setup.routine.items.length;
    const $ = (id) => document.getElementById(id);

    const state = {
        sessionId: null, startedAt: null, origin: 0, pausedAt: null, index: -1, outcomes: [],
        finished: false, completed: false, painBefore: null, countdown: null, timer: null, audio: null, lock: null,
        measurements: {}, measuringFor: null,
    };

    // ---- pain ratings: a slider starts unset, and one left untouched gives no rating ----
    const rating = (which) => $(`pain-${which}`).dataset.rated === 'true' ? Number($(`pain-${which}`).value) : null;
    function showRating(which) {
        const slider = $(`pain-${which}`), value = rating(which);
        slider.classList.toggle('unset', value === null);
        if (value === null) slider.setAttribute('aria-valuetext', 'not rated'); else slider.removeAttribute('aria-valuetext');
        $(`pain-${which}-value`).textContent = value === null ? 'not rated' : String(value);
    }

    // ---- time ----
    const position = () => state.pausedAt !== null ? state.pausedAt : (performance.now() - state.origin) / 1000;
    const end = (s) => s.startSeconds + s.durationSeconds;
    const indexAt = (pos) => {
        for (let i = 0; i < segments.length; i++) if (pos < end(segments[i])) return i;
        return segments.length;
    };
    const clock = (seconds) => {
        const s = Math.max(0, Math.ceil(seconds - 1e-9));
        return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    };

    // ---- sound, voice, screen ----
    function beep(frequency, seconds) {
        if (!state.audio) return;
        try {
            const ctx = state.audio, osc = ctx.createOscillator(), gain = ctx.createGain();
            osc.frequency.value = frequency;
            gain.gain.value = Math.max(0, Math.min(1, setup.settings.beepVolume / 100)) * 0.3;
            osc.connect(gain).connect(ctx.destination);
            osc.start();
            osc.stop(ctx.currentTime + seconds);
        } catch { /* no audio here: the player works silently */ }
    }
    function speak(text) {
        if (!$('voice').checked || !('speechSynthesis' in window)) return;
        try {
            speechSynthesis.cancel();
            const utterance = new SpeechSynthesisUtterance(text);
            const wanted = setup.settings.voiceName && speechSynthesis.getVoices().find(v => v.name === setup.settings.voiceName);
            if (wanted) utterance.voice = wanted;
            speechSynthesis.speak(utterance);
        } catch { /* no voice here: cues stay on screen */ }
    }
    async function keepAwake() {
        try { state.lock = await navigator.wakeLock?.request('screen'); } catch { state.lock = null; }
    }
    function letSleep() {
        try { state.lock?.release(); } catch { /* already released */ }
        state.lock = null;
    }

    // ---- recording: the session is stored from Start on, and kept up to date ----
    // Each report is the whole session so far, sent one after another so they arrive in order. While it is under
    // way a report carries where it is (a checkpoint), so a closed tab leaves a session that can be resumed here
    // or with `unknot resume`; a stop or the end removes it.
    let sending = Promise.resolve(true);
    function report() {
        const body = {
            id: state.sessionId, routine: setup.routine.id, routineName: setup.routine.name, level: setup.timeline.level,
            startedAt: state.startedAt, completed: state.completed, segments: state.outcomes, painBefore: state.painBefore,
        };
        if (setup.routine.planned) body.items = setup.routine.items;
        const measurements = { ...state.measurements };
        const held = formHolds();
        if (held.length) measurements.form = held;
        if (Object.keys(measurements).length) body.measurements = measurements;
        if (state.finished) {
            body.endedAt = state.endedAt;
            const after = rating('after');
            if (after !== null) body.painAfter = after;
        } else {
            const seg = segments[state.index];
            body.checkpoint = { segment: state.index, seconds: Math.min(seg.durationSeconds, Math.max(0, position() - seg.startSeconds)) };
        }
        return body;
    }
    // Without the network (or while an earlier report of this session still waits on this device), a report is
    // kept on this device in place of the one before, and offline.js sends it when the network is back. Answers:
    // true (the server has it), 'kept' (on this device), false (refused; state.problem says why).
    const outbox = window.UnknotOffline;
    async function deliver(body) {
        if (outbox && (!navigator.onLine || await outbox.holds(body.id))) {
            await outbox.keep(body);
            if (navigator.onLine) outbox.flush();
            return 'kept';
        }
        const text = JSON.stringify(body);
        try {
            const response = await fetch('/api/sessions', {
                method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text, keepalive: text.length < 60000,
            });
            if (response.ok) return true;
            if (response.status >= 500 && outbox) { await outbox.keep(body); return 'kept'; }
            const problem = await response.json().catch(() => ({}));
            state.problem = problem.detail || `the server answered ${response.status}`;
            return false;
        } catch {
            if (outbox) { await outbox.keep(body); return 'kept'; }
            state.problem = 'the server did not answer';
            return false;
        }
    }
    function send() {
        if (state.index < 0) return sending;
        const body = report();
        sending = sending.then(() => deliver(body).catch(() => { state.problem = 'this device could not keep it'; return false; }));
        return sending;
    }
    // When the page goes away, a beacon still reaches the server after the tab is closed; without the network, the
    // report is kept on this device instead.
    function sendOnLeave() {
        if (state.index < 0 || state.finished) return;
        const body = report();
        if (outbox && !navigator.onLine) { outbox.keep(body); return; }
        const blob = new Blob([JSON.stringify(body)], { type: 'application/json' });
        if (!navigator.sendBeacon || !navigator.sendBeacon('/api/sessions', blob)) send();
    }

    // ---- playing ----
    function begin(from) {
        state.audio = state.audio || (window.AudioContext ? new AudioContext() : null);
        state.sessionId = from?.sessionId || (crypto.randomUUID ? crypto.randomUUID() : fallbackUuid());
        state.completed = false;
        state.startedAt = from?.startedAt || new Date().toISOString();
        state.outcomes = from?.outcomes || segments.map(() => 'pending');
        state.painBefore = from ? from.painBefore ?? null : rating('before');
        const index = from ? from.index : 0;
        state.origin = performance.now() - (segments[index].startSeconds + (from ? from.secondsInto : 0)) * 1000;
        state.pausedAt = null;
        $('before').hidden = true;
        $('measuring').hidden = true;
        $('stage').hidden = false;
        $('bottom').hidden = false;
        $('player').classList.add('playing');
        keepAwake();
        if (form.wanted) watch(true);
        enter(index);
        tick();
        if (!state.animating) animate();
    }

    // ---- the figure: moved on every frame by the same clock as the countdown, so a pause stops it too ----
    const figures = {};
    let drawn = '';
    function drawFigure(pos) {
        const motion = setup.motions[state.index];
        const local = pos - segments[state.index].startSeconds;
        const share = !motion ? 1 : motion.moveTo > motion.moveFrom ? window.UnknotFigure.ease((local - motion.moveFrom) / (motion.moveTo - motion.moveFrom)) : 1;
        // A still figure (a hold, or before and after a move) is not drawn again every frame.
        const key = `${state.index}:${share.toFixed(4)}`;
        if (key === drawn) return;
        drawn = key;
        document.querySelectorAll('#pose > [data-exercise]').forEach(box => { box.hidden = !motion || box.dataset.exercise !== motion.exercise; });
        if (!motion) return;
        const box = document.querySelector(`#pose > [data-exercise="${CSS.escape(motion.exercise)}"]`);
        const figure = figures[motion.exercise] || (figures[motion.exercise] = window.UnknotFigure.attach(box.querySelector('svg'), setup.figures[motion.exercise]));
        figure.show(motion.path, share);
    }
    function animate() {
        if (state.finished) { state.animating = false; return; }
        state.animating = true;
        if (state.pausedAt === null && state.index >= 0 && state.index < segments.length) drawFigure(position());
        requestAnimationFrame(animate);
    }

    function enter(i) {
        state.index = i;
        state.countdown = null;
        beep(880, 0.15);
        // What the voice says is the timeline's: each cue once, then a count for the repetitions after the first.
        speak(segments[i].spoken);
        send();
    }

    function tick() {
        clearTimeout(state.timer);
        if (state.finished) return;
        const pos = position();
        const i = indexAt(pos);
        if (i !== state.index) {
            for (let k = Math.max(0, state.index); k < i && k < segments.length; k++) {
                if (state.outcomes[k] === 'pending') state.outcomes[k] = 'done';
            }
            if (i >= segments.length) { finish(true); return; }
            enter(i);
        }
        const seg = segments[state.index];
        const left = end(seg) - pos;
        const whole = Math.ceil(left);
        if (state.pausedAt === null && seg.durationSeconds >= 5 && whole >= 1 && whole <= 3 && state.countdown !== whole) {
            state.countdown = whole;
            beep(660, 0.08);
        }
        render(pos);
        if (state.pausedAt === null) {
            state.timer = setTimeout(tick, Math.max(5, Math.min(250, left * 1000)));
        }
    }

    function jump(k) {
        if (k >= segments.length) { finish(true); return; }
        const at = segments[k].startSeconds;
        if (state.pausedAt !== null) state.pausedAt = at; else state.origin = performance.now() - at * 1000;
        enter(k);
        tick();
    }

    const controls = {
        toggle() {
            if (state.finished) return;
            if (state.pausedAt === null) {
                state.pausedAt = position();
                clearTimeout(state.timer);
                send();
                render(state.pausedAt);
            } else {
                state.origin = performance.now() - state.pausedAt * 1000;
                state.pausedAt = null;
                tick();
            }
        },
        skip() {
            if (state.finished) return;
            state.outcomes[state.index] = 'skipped';
            jump(state.index + 1);
        },
        back() {
            if (state.finished) return;
            const into = position() - segments[state.index].startSeconds;
            const target = into < 2 && state.index > 0 ? state.index - 1 : state.index;
            for (let k = target; k <= state.index; k++) { state.outcomes[k] = 'pending'; delete form.holds[k]; }
            jump(target);
        },
        stop() { if (!state.finished) finish(false); },
    };

    function finish(completed) {
        clearTimeout(state.timer);
        state.finished = true;
        state.completed = completed;
        state.endedAt = new Date().toISOString();
        if (completed) state.outcomes = state.outcomes.map(o => o === 'pending' ? 'done' : o);
        letSleep();
        watch(false);
        if ('speechSynthesis' in window) speechSynthesis.cancel();
        // Played to the end, the clock shows the whole routine, however the last moments were reached.
        if (completed) $('elapsed').textContent = clock(total);
        $('after-title').textContent = completed ? 'Well done' : 'Stopped';
        $('summary').textContent = summary(completed);
        $('pain-was').textContent = state.painBefore === null ? 'not rated' : String(state.painBefore);
        $('pain-was').classList.toggle('unrated', state.painBefore === null);
        $('next-up').textContent = completed ? '' : 'You stopped this session: it is kept in your history as stopped, with what you did, and not offered to resume.';
        $('stage').hidden = true;
        $('bottom').hidden = true;
        $('player').classList.remove('playing');
        $('after').hidden = false;
        $('done').focus();
        if (completed) speak('Well done.');
        save();
    }

    // Exercises, not moments: one counts as done when any of its stretching was done, skipped when all of it was.
    function summary(completed) {
        let done = 0, skipped = 0;
        for (let item = 0; item < items; item++) {
            const own = segments.map((s, k) => ({ s, o: state.outcomes[k] })).filter(x => x.s.item === item && (x.s.kind === 'hold' || x.s.kind === 'work'));
            if (own.some(x => x.o === 'done')) done++;
            else if (own.length && own.every(x => x.o === 'skipped')) skipped++;
        }
        const word = (n) => n === 1 ? 'exercise' : 'exercises';
        const said = completed && done === items ? `All ${items} ${word(items)} done.` : `${done} of ${items} ${word(items)} done`;
        return said.endsWith('.') ? said : `${said}${skipped ? `, ${skipped} skipped` : ''}.`;
    }

    // The streak comes from the statistics the home page shows, read again now that this session is in them.
    async function showStreak() {
        try {
            const response = await fetch('/api/stats', { headers: { Accept: 'application/json' } });
            if (!response.ok) return;
            const streak = (await response.json()).currentStreak;
            if (streak > 0) {
                $('streak').innerHTML = `<strong>${streak}</strong> ${streak === 1 ? 'day' : 'days'} in a row`;
                $('streak').hidden = false;
            }
            if (state.completed) {
                $('next-up').textContent = streak > 0
                    ? `Next: come back tomorrow to make it ${streak + 1} days in a row.`
                    : 'Next: come back tomorrow; the home page suggests a routine for the time of day.';
            }
        } catch { /* no statistics without the server: the rest of the screen stands */ }
    }

    // The session is in history as soon as it ends; the button only adds the rating afterwards.
    let sentAfter;
    async function save() {
        $('save').disabled = true;
        const after = rating('after');
        const kept = await send();
        if (kept === true) {
            sentAfter = after;
            $('saved').textContent = after === null ? 'Kept in your history.' : `Kept in your history, with pain ${after} after.`;
            if (!state.streakAsked) { state.streakAsked = true; showStreak(); }
        } else if (kept === 'kept' && !(await outbox.holds(state.sessionId))) {
            sentAfter = after;
            $('saved').textContent = 'Sent: kept in your history.';
        } else if (kept === 'kept') {
            $('saved').textContent = 'No network: kept on this device. It goes to your history as soon as the network is back.';
        } else {
            $('saved').textContent = `Not saved yet: ${state.problem}. Try again.`;
        }
        $('save').disabled = false;
    }
    // Sent later from this device: say so where it said it was kept here.
    document.addEventListener('unknot:sent', (event) => {
        if (state.finished && event.detail.ids.includes(state.sessionId)) {
            $('saved').textContent = 'Sent: kept in your history.';
        }
    });

    // ---- drawing ----
    const KIND = { prepare: 'Get ready', work: 'Move', hold: 'Hold', switch: 'Switch sides', transition: 'Next up', rest: 'Rest' };
    function describe(seg) {
        const parts = [KIND[seg.kind] || seg.kind];
        if (seg.side && seg.side !== 'none' && seg.kind !== 'switch') parts.push(`${seg.side} side`);
        if (seg.rep) parts.push(`rep ${seg.rep} of ${seg.repCount}`);
        if (seg.phase) parts.push(seg.phase);
        return parts.join(' · ');
    }
    function render(pos) {
        const seg = segments[state.index];
        const left = end(seg) - pos;
        const circumference = 326.73;
        $('arc').setAttribute('stroke-dashoffset', String(circumference * (1 - Math.max(0, left) / seg.durationSeconds)));
        $('countdown').textContent = left >= 60 ? clock(left) : String(Math.max(0, Math.ceil(left - 1e-9)));
        $('exercise').textContent = `${seg.exerciseName}`;
        $('meta').textContent = `${describe(seg)} · exercise ${seg.item + 1} of ${items}`;
        $('cue').textContent = seg.cue;
        // The timeline gives each phase the caution that belongs to it, and none to the phases it does not.
        $('caution').textContent = seg.caution ? `Careful: ${seg.caution}` : '';
        const next = segments[state.index + 1];
        // A transition's cue already says "Next: …": under it comes what to do then, not a second "Next".
        $('next').textContent = !next ? 'Next: done.'
            : seg.kind === 'transition' ? `Then: ${next.cue}`
            : next.kind === 'transition' ? `Next: move on to ${next.exerciseName} (${next.durationSeconds} s)`
            : `Next: ${next.kind === 'hold' || next.kind === 'work' ? `${next.exerciseName} — ` : ''}${next.cue}`;
        $('state-note').textContent = state.pausedAt !== null ? 'Paused — press Space or Resume to go on.' : '';
        $('pause').textContent = state.pausedAt !== null ? 'Resume' : 'Pause';
        const share = Math.min(1, pos / total);
        $('progress-bar').style.width = `${(share * 100).toFixed(2)}%`;
        $('progress').setAttribute('aria-valuenow', String(Math.round(share * 100)));
        // Elapsed rounds down and the countdown up, so the two always add up to the whole.
        $('elapsed').textContent = clock(Math.floor(Math.min(pos, total) + 1e-9));
        drawFigure(pos);
        showForm(pos);
    }

    function fallbackUuid() {
        return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, c => {
            const r = Math.random() * 16 | 0;
            return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
        });
    }

    // ---- the camera check before and after (js/measure.js announces each finished check) ----
    function openCheck(when) {
        state.measuringFor = when;
        $('measuring').hidden = false;
        $('measuring').scrollIntoView({ block: 'start' });
    }
    document.addEventListener('unknot:measured', (event) => {
        const when = state.measuringFor;
        if (!when) return;
        state.measurements[when] = event.detail;
        $(`measured-${when}`).textContent = when === 'before'
            ? 'Measured: kept with this session once you start.'
            : 'Measured: kept with this session.';
        // After the end, the session is already stored: the report goes again, with the check.
        if (when === 'after' && state.finished) save();
    });

    // ---- the form check: the neck's angle (js/measure.js reads it from the camera) against each neck stretch's band ----
    // Each segment with a band counts the seconds played (by the player's clock, so a pause stops it) and, of those,
    // the seconds the camera saw the neck inside the band: each frame's reading counts for the time since the one
    // before, at most half a second, so a camera that stalls counts nothing it did not see.
    const form = { wanted: false, on: false, holds: {}, last: null, angle: null, problem: null };
    const MAX_FRAME_SECONDS = 0.5;
    function watch(on) {
        if (on === form.on) return;
        form.on = on;
        form.last = null;
        form.angle = null;
        document.dispatchEvent(new CustomEvent('unknot:watch', { detail: on ? { video: $('form-camera') } : null }));
        $('form').hidden = !on;
    }
    function holdOf(index) {
        const seg = segments[index];
        return form.holds[index] || (form.holds[index] = {
            segment: index, exercise: seg.exercise, direction: seg.band.direction, from: seg.band.from, to: seg.band.to, held: 0, played: 0,
        });
    }
    const inBand = (band, degrees) => degrees !== null && degrees >= band.from && degrees <= band.to;
    function formHolds() {
        return Object.values(form.holds)
            .map(h => {
                const ofSeconds = Math.min(segments[h.segment].durationSeconds, Math.round(h.played));
                return { segment: h.segment, exercise: h.exercise, direction: h.direction, from: h.from, to: h.to, heldSeconds: Math.min(ofSeconds, Math.round(h.held)), ofSeconds };
            })
            .filter(h => h.ofSeconds >= 1)
            .sort((a, b) => a.segment - b.segment);
    }
    document.addEventListener('unknot:angles', (event) => {
        if (!form.on || state.finished || state.index < 0) return;
        const seg = segments[state.index];
        const pos = position();
        form.angle = seg.band && event.detail ? event.detail[seg.band.direction] : null;
        form.problem = null;
        if (seg.band && state.pausedAt === null && form.last && form.last.index === state.index && inBand(seg.band, form.angle)) {
            holdOf(state.index).held += Math.max(0, Math.min(MAX_FRAME_SECONDS, pos - form.last.pos));
        }
        form.last = { index: state.index, pos };
        showForm(pos);
    });
    document.addEventListener('unknot:camera-failed', (event) => {
        if (!form.on) return;
        form.problem = event.detail;
        showForm(position());
    });
    function showForm(pos) {
        if (!form.on || state.index < 0 || state.index >= segments.length) return;
        const seg = segments[state.index];
        const band = seg.band;
        if (band) {
            const hold = holdOf(state.index);
            hold.played = Math.max(hold.played, Math.min(seg.durationSeconds, pos - seg.startSeconds));
        }
        const gauge = document.querySelector('#form .gauge');
        gauge.hidden = !band;
        if (form.problem) {
            $('form-reading').textContent = form.problem;
        } else if (!band) {
            $('form-reading').textContent = 'The gauge shows during the neck stretches.';
        } else {
            const name = setup.directions[band.direction];
            const where = form.angle === null ? 'no face seen: face the camera'
                : form.angle < band.from ? 'below the band: a little further, gently'
                : form.angle > band.to ? 'past the band: ease off a little'
                : 'in the band';
            $('form-reading').textContent = `${name[0].toUpperCase()}${name.slice(1)} ${form.angle === null ? '–' : `${Math.round(form.angle)}°`} · target ${band.from}–${band.to}° · ${where}`;
            $('form-reading').dataset.inBand = String(inBand(band, form.angle));
            // The scale runs from 0 to a little past the band.
            const top = band.to + 20;
            const at = (degrees) => `${(Math.max(0, Math.min(top, degrees)) / top * 100).toFixed(1)}%`;
            $('gauge-band').style.left = at(band.from);
            $('gauge-band').style.width = `${((band.to - band.from) / top * 100).toFixed(1)}%`;
            $('gauge-needle').style.left = at(form.angle ?? 0);
            $('gauge-needle').hidden = form.angle === null;
            const hold = holdOf(state.index);
            $('form-held').textContent = `Held in band: ${Math.min(Math.round(hold.held), Math.round(hold.played))} of ${Math.round(hold.played)} s`;
        }
    }

    // ---- wiring ----
    $('form-check')?.addEventListener('change', (event) => { form.wanted = event.target.checked; });
    $('form-off').addEventListener('click', () => { form.wanted = false; watch(false); });
    $('measure-before').addEventListener('click', () => openCheck('before'));
    $('measure-after').addEventListener('click', () => openCheck('after'));
    $('measuring-close').addEventListener('click', () => { $('measuring').hidden = true; });
    $('voice').checked = !!setup.settings.voice && 'speechSynthesis' in window;
    $('voice').disabled = !('speechSynthesis' in window);
    for (const which of ['before', 'after']) {
        const slider = $(`pain-${which}`);
        // The first touch sets a rating (a keyboard's first arrow too), from then on the slider shows it.
        const rate = () => { slider.dataset.rated = 'true'; showRating(which); };
        slider.addEventListener('input', rate);
        slider.addEventListener('change', rate);
        showRating(which);
    }
    $('start').addEventListener('click', () => begin(null));
    $('resume').addEventListener('click', () => begin(setup.resume));
    $('pause').addEventListener('click', controls.toggle);
    $('skip').addEventListener('click', controls.skip);
    $('back').addEventListener('click', controls.back);
    $('stop').addEventListener('click', controls.stop);
    $('save').addEventListener('click', save);
    // Done keeps a rating given since the last report before going home.
    $('done').addEventListener('click', async (e) => {
        if (rating('after') === sentAfter) return;
        e.preventDefault();
        await save();
        window.location.assign($('done').href);
    });
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
        if ($('stage').hidden || state.finished || e.altKey || e.ctrlKey || e.metaKey) return;
        if (focusedTakes(e.target, e.key)) return;
        const actions = { ' ': controls.toggle, ArrowRight: controls.skip, ArrowLeft: controls.back, Escape: controls.stop };
        const action = actions[e.key];
        if (action) { e.preventDefault(); action(); }
    });
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') sendOnLeave();
        if (document.visibilityState === 'visible' && !state.finished && state.index >= 0) {
            if (state.pausedAt === null) keepAwake();
            tick();
        }
    });
    window.addEventListener('pagehide', sendOnLeave);

    // A page this device kept may offer a session that has ended since: the offer waits for the network.
    const saved = navigator.onLine ? setup.resume : null;
    if (saved) {
        const seg = segments[saved.index];
        // Unfinished (left mid-way), not stopped: a stopped session is never offered.
        $('resume-where').textContent = `Left unfinished at ${seg.exerciseName}, exercise ${seg.item + 1} of ${items}, ${clock(seg.startSeconds + saved.secondsInto)} in.`;
        $('resume-offer').hidden = false;
    }
})();
