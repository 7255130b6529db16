// The player's figure: moved on every frame by the same clock as the countdown, so a pause stops it too. What it
// does in each segment (the poses it passes along, and when it moves) is the server's plan (Core's FigureMotion).
import { attach, ease } from './figure.js';
import { paused, position } from './player-clock.js';
import { segments, session, setup } from './player-setup.js';

const figures = {};
let drawn = '';
let animating = false;

/** Shows the figure of the segment playing, as it is at `pos`. */
export function drawFigure(pos) {
    const motion = setup.motions[session.index];
    const local = pos - segments[session.index].startSeconds;
    const share = !motion ? 1 : motion.moveTo > motion.moveFrom ? ease((local - motion.moveFrom) / (motion.moveTo - motion.moveFrom)) : 1;
    // A still figure (a hold, or before and after a move) is not drawn again every frame.
    const key = `${session.index}:${share.toFixed(4)}`;
    if (key === drawn) return;
    drawn = key;
    document.querySelectorAll('#pose > [data-exercise]').forEach(box => { box.hidden = !motion || box.dataset.exercise !== motion.exercise; });
    if (!motion) return;
    const box = document.querySelector(`#pose > [data-exercise="${CSS.escape(motion.exercise)}"]`);
    const figure = figures[motion.exercise] || (figures[motion.exercise] = attach(box.querySelector('svg'), setup.figures[motion.exercise]));
    figure.show(motion.path, share);
}

function frame() {
    if (session.finished) { animating = false; return; }
    animating = true;
    if (!paused() && session.index >= 0 && session.index < segments.length) drawFigure(position());
    requestAnimationFrame(frame);
}

/** Moves the figure on every frame until the session ends. */
export function animate() {
    if (!animating) frame();
}
