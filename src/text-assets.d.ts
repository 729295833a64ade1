// Shell and Python scripts and SQL shipped in ConfigMaps are imported as text (esbuild's and vitest's
// text loaders); they stay real files so they can be read, linted and run on their own.
declare module '*.sh' {
  const text: string;
  export default text;
}
declare module '*.sql' {
  const text: string;
  export default text;
}
declare module '*.py' {
  const text: string;
  export default text;
}
