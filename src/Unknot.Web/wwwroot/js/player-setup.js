// What the page gives the player (App's PlayerSetupView): the timeline the server compiled, the figures and how they
// move, the session engine's moments, the sound settings and an unfinished session to resume. The player only plays it.
import { $ } from './dom.js';

export const setup = JSON.parse($('setup').textContent);
export const segments = setup.timeline.segments;
export const total = setup.timeline.totalSeconds;
export const items = setup.routine.items.length;

/** The session being played: where it is, what became of each segment, and what goes with it. */
export const session = {
    id: null, startedAt: null, endedAt: null, index: -1, outcomes: [], finished: false, completed: false,
    painBefore: null, measurements: {}, problem: null,
};
