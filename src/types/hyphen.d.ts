/** The `hyphen` package's pattern modules (CommonJS, no type declarations). */
declare module 'hyphen/*' {
  const patterns: { hyphenateSync(text: string, options: { hyphenChar: string }): string };
  export default patterns;
}
