import io from './io.js';
import objective from './objective.js';
import taskType from './task-type.js';

export default [objective, io, taskType];
