import type { Rule } from '../define-rule.js';
import duplicateComponent from './duplicate-component.js';
import feedbackLoop from './feedback-loop.js';
import orphanComponent from './orphan-component.js';
import unknownComponent from './unknown-component.js';
import unmonitoredServing from './unmonitored-serving.js';

export default [unknownComponent, duplicateComponent, orphanComponent, unmonitoredServing, feedbackLoop] as Rule[];
