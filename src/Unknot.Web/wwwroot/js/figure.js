// Moves a figure drawn by the server (Core's FigureSvg) between the poses of its animation data
// (App's FigureAnimationView). It draws nothing of its own: each element keeps its shape and class names, and only
// its coordinates, tone, size and stacking order change. A limb swings about the joint it hangs from (angles and
// lengths are interpolated, not positions), so an arm going overhead stays an arm's length all the way.
const reduced = () => window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// Slow at both ends, like a body moving: the same rule as Core's SegmentMotion.Ease.
export const ease = (t) => t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);

function blend(data, a, b, t) {
    if (t <= 0 || a === b) return a;
    if (t >= 1) return b;
    const points = [];
    for (let i = 0; i < a.points.length; i++) {
        const parent = data.parents[i];
        const [ax, ay] = a.points[i], [bx, by] = b.points[i];
        if (parent < 0) { points.push([ax + (bx - ax) * t, ay + (by - ay) * t]); continue; }
        const [apx, apy] = a.points[parent], [bpx, bpy] = b.points[parent];
        const aa = Math.atan2(ay - apy, ax - apx), ba = Math.atan2(by - bpy, bx - bpx);
        let turn = ba - aa;
        if (turn > Math.PI) turn -= 2 * Math.PI;
        if (turn < -Math.PI) turn += 2 * Math.PI;
        const al = Math.hypot(ax - apx, ay - apy), bl = Math.hypot(bx - bpx, by - bpy);
        const angle = aa + turn * t, length = al + (bl - al) * t;
        const [px, py] = points[parent];
        points.push([px + Math.cos(angle) * length, py + Math.sin(angle) * length]);
    }
    const near = t < 0.5 ? a : b;
    return { points, order: near.order, tones: near.tones, sizes: a.sizes.map((s, k) => s + (b.sizes[k] - s) * t) };
}

const round = (v) => Math.round(v * 10) / 10;

// Takes over the figure `svg` the server drew, with its animation data `data`: answers { show }.
export function attach(svg, data) {
    const elements = data.items.map(item => svg.querySelector(`[data-id="${CSS.escape(item.id)}"]`));
    let lastOrder = '';
    function apply(frame) {
        data.items.forEach((item, k) => {
            const el = elements[k];
            if (!el) return;
            const p = item.points.map(i => frame.points[i]);
            el.setAttribute('class', `fig-${frame.tones[k]}`);
            if (item.shape === 'line') {
                el.setAttribute('x1', round(p[0][0])); el.setAttribute('y1', round(p[0][1]));
                el.setAttribute('x2', round(p[1][0])); el.setAttribute('y2', round(p[1][1]));
                el.setAttribute('stroke-width', round(frame.sizes[k]));
            } else if (item.shape === 'circle') {
                el.setAttribute('cx', round(p[0][0])); el.setAttribute('cy', round(p[0][1]));
                el.setAttribute('r', round(frame.sizes[k]));
            } else {
                el.setAttribute('points', p.map(q => `${round(q[0])},${round(q[1])}`).join(' '));
            }
        });
        const order = frame.order.join(',');
        if (order !== lastOrder) {
            lastOrder = order;
            for (const k of frame.order) if (elements[k]) svg.appendChild(elements[k]);
        }
    }
    // Shows the pose a share `share` (0 to 1, already eased) of the way along `path` (pose names such as "0:left").
    function show(path, share) {
        const frames = path.map(name => data.frames[name]);
        let frame;
        if (frames.length === 1 || reduced()) {
            frame = frames[share >= 1 || reduced() ? frames.length - 1 : 0];
        } else {
            const along = Math.max(0, Math.min(1, share)) * (frames.length - 1);
            const step = Math.min(Math.floor(along), frames.length - 2);
            frame = blend(data, frames[step], frames[step + 1], along - step);
        }
        apply(frame);
        const shown = share >= 1 || reduced() ? path[path.length - 1] : path[Math.min(path.length - 1, Math.round(Math.max(0, share) * (path.length - 1)))];
        svg.dataset.pose = shown;
        const label = data.descriptions[path[path.length - 1]];
        if (label) svg.setAttribute('aria-label', label);
    }
    return { show };
}

// Plays a figure through its key poses while it is hovered, focused or tapped: the exercise pages (figure-demo.js).
export function demo(container) {
    const svg = container.querySelector('svg');
    const data = JSON.parse(container.querySelector('script[type="application/json"]').textContent);
    const figure = attach(svg, data);
    const path = data.keys.concat([data.keys[0]]);
    const stepSeconds = 1.6;
    let started = null, raf = 0, tapped = false;
    const frame = (now) => {
        const t = (now - started) / 1000 / stepSeconds;
        const step = Math.floor(t) % (path.length - 1);
        const within = reduced() ? 1 : ease(Math.min(1, (t - Math.floor(t)) * 1.6));
        figure.show([path[step], path[step + 1]], within);
        raf = requestAnimationFrame(frame);
    };
    const play = () => { if (!raf) { started = performance.now(); raf = requestAnimationFrame(frame); container.dataset.playing = 'true'; } };
    const stop = () => { cancelAnimationFrame(raf); raf = 0; figure.show([path[0]], 1); container.dataset.playing = 'false'; };
    container.addEventListener('mouseenter', play);
    container.addEventListener('mouseleave', () => { if (!tapped) stop(); });
    container.addEventListener('focusin', play);
    container.addEventListener('focusout', () => { if (!tapped) stop(); });
    container.addEventListener('click', () => { tapped = !tapped; if (tapped) play(); else stop(); });
    container.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); container.click(); } });
}
