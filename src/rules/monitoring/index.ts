import alerts from './alerts.js';

export default [alerts];
