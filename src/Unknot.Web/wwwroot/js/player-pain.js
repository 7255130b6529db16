// The pain ratings before and after: a slider starts unset, and one left untouched gives no rating.
import { $ } from './dom.js';

/** The rating on the slider `which` ('before' or 'after'), or null while it is untouched. */
export const rating = (which) => $(`pain-${which}`).dataset.rated === 'true' ? Number($(`pain-${which}`).value) : null;

function showRating(which) {
    const slider = $(`pain-${which}`), value = rating(which);
    slider.classList.toggle('unset', value === null);
    if (value === null) slider.setAttribute('aria-valuetext', 'not rated'); else slider.removeAttribute('aria-valuetext');
    $(`pain-${which}-value`).textContent = value === null ? 'not rated' : String(value);
}

for (const which of ['before', 'after']) {
    const slider = $(`pain-${which}`);
    // The first touch sets a rating (a keyboard's first arrow too), from then on the slider shows it.
    const rate = () => { slider.dataset.rated = 'true'; showRating(which); };
    slider.addEventListener('input', rate);
    slider.addEventListener('change', rate);
    showRating(which);
}
