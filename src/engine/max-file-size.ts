/**
 * Files larger than this are refused with a finding rather than read (`--max-file-size`). A
 * module of its own so that help texts need not load the engine.
 */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
