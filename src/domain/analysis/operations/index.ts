export * from "./clipboard";
export * from "./cluster";
export * from "./edit";
export * from "./links";
export * from "./nodes";
export * from "./place";
export * from "./remove";
