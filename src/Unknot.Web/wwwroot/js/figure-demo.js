// The exercise pages: each figure drawn for a demonstration plays its key poses when hovered, focused or tapped.
import { demo } from './figure.js';

document.querySelectorAll('[data-figure-demo]').forEach(demo);
