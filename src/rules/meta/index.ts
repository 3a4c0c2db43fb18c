import owners from './owners.js';
import todo from './todo.js';

export default [owners, todo];
