// The library API: everything a program needs to build, export and serve article knowledge graphs.
export type * from "./types.js";
