// vader-sentiment ships no types; the bench uses only this.
declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number }
    }
  }
  export default vader
}
