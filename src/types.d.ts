declare module 'webvtt-parser' {
  const webvtt: { WebVTTParser: new () => { parse(input: string, mode?: string): unknown } }
  export default webvtt
}
